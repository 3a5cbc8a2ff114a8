package co.gov.icetex.participa.observation.web;

import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.ObservationSubmission;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import jakarta.servlet.http.Part;
import java.util.Arrays;

/**
 * The values of the observation form as typed. Codes stay strings here so that a forged value is
 * reported by the service's rules like any other bad input, never as a Faces conversion error.
 */
public class ObservationForm {

  private String authorName;
  private String email;
  private String stakeholderGroup;
  private String department;
  private String text;
  private boolean consent;
  private boolean showName;
  private String website;
  private Part attachment;

  public ObservationSubmission toSubmission(Long partId) {
    return new ObservationSubmission(
        partId,
        authorName,
        email,
        Arrays.stream(StakeholderGroup.values())
            .filter(g -> g.name().equals(stakeholderGroup))
            .findFirst()
            .orElse(null),
        department == null ? null : Department.ofCode(department).orElse(null),
        text,
        consent,
        showName);
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

  public String getStakeholderGroup() {
    return stakeholderGroup;
  }

  public void setStakeholderGroup(String stakeholderGroup) {
    this.stakeholderGroup = stakeholderGroup;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
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
