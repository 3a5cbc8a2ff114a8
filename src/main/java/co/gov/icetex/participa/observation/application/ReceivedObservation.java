package co.gov.icetex.participa.observation.application;

import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.shared.PersonalData;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the portal received, shown to the person behind the receipt's signed link: the e-mail itself
 * carries none of the sender's words (it would make the portal's address a relay for a stranger's
 * text), so the page is where the author checks them. The address the receipt went to is only shown
 * masked ({@link PersonalData#maskEmail}): the signed link can be forwarded, and the owner only
 * needs to recognise it.
 */
public record ReceivedObservation(
    String trackingCode,
    Instant receivedAt,
    LocalDate dueDate,
    String consultationSlug,
    String consultationTitle,
    Long partId,
    String partLabel,
    String authorName,
    boolean showName,
    StakeholderGroup stakeholderGroup,
    Department department,
    String text,
    String attachmentName,
    String maskedEmail) {

  static ReceivedObservation of(Observation o) {
    return new ReceivedObservation(
        o.getTrackingCode(),
        o.getReceivedAt(),
        o.effectiveDueDate(),
        o.getConsultation().getSlug(),
        o.getConsultation().getTitle(),
        o.getPart() == null ? null : o.getPart().getId(),
        o.getPart() == null ? null : o.getPart().getLabel(),
        o.getAuthorName(),
        o.isShowName(),
        o.getStakeholderGroup(),
        Department.ofCode(o.getDepartmentCode()).orElse(null),
        o.getText(),
        o.getAttachment() == null ? null : o.getAttachment().getFile().getFileName(),
        o.hasEmail() ? PersonalData.maskEmail(o.getEmail()) : null);
  }
}
