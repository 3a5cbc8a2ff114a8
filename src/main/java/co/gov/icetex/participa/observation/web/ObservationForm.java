package co.gov.icetex.participa.observation.web;

import co.gov.icetex.participa.observation.application.SubmissionContext;
import co.gov.icetex.participa.observation.domain.AttachmentType;
import co.gov.icetex.participa.observation.domain.AttachmentUpload;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.ObservationSubmission;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

/**
 * The values of the observation form, converted by Faces (the enum converter for the group, {@link
 * DepartmentConverter} for the department), checked by the service's command, {@link
 * ObservationSubmission}. An empty choice is null here, reported by the command's rules like any
 * other missing value; a forged option is refused by the select's own converter with the same
 * sentence.
 */
public class ObservationForm {

  private String authorName;
  private String email;
  private StakeholderGroup stakeholderGroup;
  private Department department;
  private String text;
  private boolean consent;
  private boolean showName;
  private String website;
  private Part attachment;

  public ObservationSubmission toSubmission(Long partId) {
    return new ObservationSubmission(
        partId, authorName, email, stakeholderGroup, department, text, consent, showName);
  }

  /**
   * The rest of this post: sent on the web, under the key of the form's signed {@code submissionId}
   * (so a repeated post is the same submission), from {@code clientKey}, with the attached file and
   * the honeypot field as sent.
   */
  SubmissionContext toContext(String submissionId, String clientKey) {
    return new SubmissionContext(
        Channel.WEB, "form:" + submissionId, clientKey, attachmentUpload(), website);
  }

  /**
   * The attached file, or null when none was chosen. At most one byte over the limit is read:
   * enough for the service to refuse it as too large without holding all of it.
   */
  private AttachmentUpload attachmentUpload() {
    if (attachment == null || attachment.getSize() == 0) {
      return null;
    }
    try (InputStream in = attachment.getInputStream()) {
      return new AttachmentUpload(
          attachment.getSubmittedFileName(), in.readNBytes((int) AttachmentType.MAX_BYTES + 1));
    } catch (IOException e) {
      throw new IllegalStateException("Could not read the uploaded file", e);
    }
  }

  /** The longest text the command accepts, for the counter under the text area. */
  public int getMaxText() {
    return ObservationSubmission.MAX_TEXT;
  }

  public String getAuthorName() {
    return authorName;
  }

  public void setAuthorName(String authorName) {
    this.authorName = authorName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public StakeholderGroup getStakeholderGroup() {
    return stakeholderGroup;
  }

  public void setStakeholderGroup(StakeholderGroup stakeholderGroup) {
    this.stakeholderGroup = stakeholderGroup;
  }

  public Department getDepartment() {
    return department;
  }

  public void setDepartment(Department department) {
    this.department = department;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }

  public boolean isShowName() {
    return showName;
  }

  public void setShowName(boolean showName) {
    this.showName = showName;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public Part getAttachment() {
    return attachment;
  }

  public void setAttachment(Part attachment) {
    this.attachment = attachment;
  }
}
