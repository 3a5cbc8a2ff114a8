package co.gov.icetex.participa.opendata;

import co.gov.icetex.participa.observation.domain.AnswerStatus;
import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.shared.PersonalData;
import java.time.Instant;

/**
 * What the public may know of an observation accepted as publishable, before the report: the same
 * as open data shows of it ({@link PublishedAnswer}) — the text with e-mails, phones and ID numbers
 * hidden, the author's name only when they allowed it, never the e-mail — and its answer once that
 * is published ({@code answer} is null until then).
 */
public record OpenObservation(
    String trackingCode,
    String consultationSlug,
    String consultationTitle,
    int consultationYear,
    String consultationType,
    Long partId,
    String partLabel,
    Instant receivedAt,
    String stakeholderGroup,
    String departmentCode,
    String channel,
    String author,
    String text,
    PublishedAnswer answer) {

  /** The observation must be loaded with its consultation, part, answer and the answer's office. */
  public static OpenObservation of(Observation o) {
    var c = o.getConsultation();
    var part = o.getPart();
    boolean answered =
        o.getStatus() == ObservationStatus.PUBLISHED
            && o.getAnswer() != null
            && o.getAnswer().getStatus() == AnswerStatus.PUBLISHED;
    return new OpenObservation(
        o.getTrackingCode(),
        c.getSlug(),
        c.getTitle(),
        c.getYear(),
        c.getType().name(),
        part == null ? null : part.getId(),
        part == null ? null : part.getLabel(),
        o.getReceivedAt(),
        o.getStakeholderGroup().name(),
        o.getDepartmentCode(),
        o.getChannel().name(),
        o.publicAuthorName(),
        PersonalData.redact(o.getText()),
        answered ? PublishedAnswer.of(o) : null);
  }

  public String departmentName() {
    return Department.ofCode(departmentCode).map(Department::getDisplayName).orElse(departmentCode);
  }

  /** Where the observed part is on the consultation page. */
  public String partUrl() {
    return "consulta?c=" + consultationSlug + (partId == null ? "" : "#parte-" + partId);
  }
}
