package co.gov.icetex.participa.observation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.observation.domain.AttachmentType;
import co.gov.icetex.participa.observation.domain.Channel;
import jakarta.servlet.http.Part;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the observation form's post becomes besides its content: the submission's context. */
class ObservationFormTest {

  @Test
  void aPostIsAWebSubmissionKeyedByItsFormToken() {
    var form = new ObservationForm();
    form.setWebsite("http://spam.example");

    var context = form.toContext("token-id", "client-key");

    assertEquals(Channel.WEB, context.channel());
    assertEquals("form:token-id", context.idempotencyKey());
    assertEquals("client-key", context.clientKey());
    assertNull(context.attachment());
    assertTrue(context.looksAutomated());
  }

  @Test
  void anEmptyFileInputIsNoAttachment() {
    var form = new ObservationForm();
    form.setAttachment(new UploadedFile("nada.pdf", 0));

    assertNull(form.toContext("t", "c").attachment());
  }

  @Test
  void aFileIsReadUpToOneByteOverTheLimitSoTheServiceCanRefuseIt() {
    var form = new ObservationForm();
    form.setAttachment(new UploadedFile("grande.pdf", AttachmentType.MAX_BYTES + 1000));

    var attachment = form.toContext("t", "c").attachment();

    assertEquals("grande.pdf", attachment.fileName());
    assertEquals(AttachmentType.MAX_BYTES + 1, attachment.content().length);
  }

  /** An uploaded file of {@code size} bytes (all zero), generated as it is read. */
  private record UploadedFile(String name, long size) implements Part {

    @Override
    public InputStream getInputStream() {
      return new InputStream() {
        private long left = size;

        @Override
        public int read() {
          if (left == 0) {
            return -1;
          }
          left--;
          return 0;
        }
      };
    }

    @Override
    public String getSubmittedFileName() {
      return name;
    }

    @Override
    public long getSize() {
      return size;
    }

    @Override
    public String getContentType() {
      return "application/pdf";
    }

    @Override
    public String getName() {
      return "obs:attachment";
    }

    @Override
    public void write(String fileName) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void delete() {}

    @Override
    public String getHeader(String name) {
      return null;
    }

    @Override
    public Collection<String> getHeaders(String name) {
      return List.of();
    }

    @Override
    public Collection<String> getHeaderNames() {
      return List.of();
    }
  }
}
