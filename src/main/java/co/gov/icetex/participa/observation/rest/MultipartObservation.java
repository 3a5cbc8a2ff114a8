package co.gov.icetex.participa.observation.rest;

import co.gov.icetex.participa.observation.domain.AttachmentType;
import co.gov.icetex.participa.observation.domain.AttachmentUpload;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An observation sent as {@code multipart/form-data}: the same fields as the JSON body, plus a file
 * part named {@code attachment}. Every part is read with a bound, so an oversized one cannot
 * exhaust memory; a file one byte over the limit is kept that size, so the size rule can name the
 * problem.
 */
record MultipartObservation(ObservationRequest request, AttachmentUpload attachment) {

  private static final int MAX_FIELD_BYTES = 64 * 1024;

  static MultipartObservation read(List<EntityPart> parts) throws IOException {
    Map<String, String> fields = new HashMap<>();
    AttachmentUpload attachment = null;
    for (EntityPart part : parts) {
      try (InputStream in = part.getContent()) {
        if ("attachment".equals(part.getName())) {
          byte[] bytes = in.readNBytes((int) AttachmentType.MAX_BYTES + 1);
          attachment =
              bytes.length == 0 ? null : new AttachmentUpload(part.getFileName().orElse(""), bytes);
        } else {
          fields.put(
              part.getName(), new String(in.readNBytes(MAX_FIELD_BYTES), StandardCharsets.UTF_8));
        }
      }
    }
    var request =
        new ObservationRequest(
            parseLong(fields.get("partId")),
            fields.get("authorName"),
            fields.get("email"),
            fields.get("stakeholderGroup"),
            fields.get("department"),
            fields.get("text"),
            Boolean.parseBoolean(fields.get("consent")),
            Boolean.parseBoolean(fields.get("showName")),
            fields.get("website"));
    return new MultipartObservation(request, attachment);
  }

  private static Long parseLong(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return -1L; // no part has this id: reported as "not a part of this consultation"
    }
  }
}
