package co.gov.icetex.participa.answer.web;

import co.gov.icetex.participa.answer.application.AnswerService;
import co.gov.icetex.participa.answer.application.AnswerSheet;
import co.gov.icetex.participa.answer.application.StaffChoices;
import co.gov.icetex.participa.answer.application.StaffChoices.Choice;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.web.Actions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The answers desk's consultation form (form {@code sheet}): import a filled-in answer spreadsheet
 * (preview first; the checked file is kept in the view until it is confirmed) and publish every
 * approved answer of a consultation at once; it also lists the consultations the export form
 * offers. The reusable answer templates on the same page have their own bean ({@link
 * TemplatesBacking}).
 */
@Named("answers")
@ViewScoped
public class AnswersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AnswerSheet sheet;
  @Inject AnswerService answerService;
  @Inject StaffChoices choices;

  private Long consultation;
  private transient Part upload;
  private byte[] checkedFile;
  private Long checkedConsultation;
  private AnswerSheet.Preview preview;

  public void check() {
    preview = null;
    checkedFile = null;
    if (consultation == null) {
      Actions.error(Messages.get("sheet.error.consultation"));
      return;
    }
    byte[] bytes = read(upload);
    Long target = consultation;
    Actions.run(() -> preview = sheet.preview(target, bytes), null);
    if (preview != null && preview.valid()) {
      checkedFile = bytes;
      checkedConsultation = target;
    }
  }

  public void confirmImport() {
    if (checkedFile == null) {
      Actions.error(Messages.get("sheet.error.empty"));
      return;
    }
    int[] saved = new int[1];
    if (Actions.run(() -> saved[0] = sheet.importAnswers(checkedConsultation, checkedFile), null)) {
      Actions.run(() -> {}, "sheet.imported", saved[0]);
      preview = null;
      checkedFile = null;
    }
  }

  public void publishApproved() {
    if (consultation == null) {
      Actions.error(Messages.get("sheet.error.consultation"));
      return;
    }
    Long target = consultation;
    int[] count = new int[1];
    if (Actions.run(() -> count[0] = answerService.publishApproved(target), null)) {
      Actions.run(() -> {}, "answer.publishedBatch", count[0]);
    }
  }

  private static byte[] read(Part part) {
    if (part == null || part.getSize() == 0) {
      return new byte[0];
    }
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes((int) AnswerSheet.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Choice> getConsultations() {
    return choices.publishedConsultations();
  }

  public AnswerSheet.Preview getPreview() {
    return preview;
  }

  public boolean isReadyToImport() {
    return checkedFile != null;
  }

  public Long getConsultation() {
    return consultation;
  }

  public void setConsultation(Long consultation) {
    this.consultation = consultation;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }
}
