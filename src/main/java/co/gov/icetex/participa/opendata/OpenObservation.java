package co.gov.icetex.participa.opendata;

import co.gov.icetex.participa.answer.domain.Answer;
import co.gov.icetex.participa.answer.domain.AnswerStatus;
import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.shared.PersonalData;
import java.time.Instant;
import java.util.List;

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
    PublishedAnswer answer,
    int observationCount,
    List<String> campaignMembers) {

  /**
   * The observation must be loaded with its consultation and part; {@code answer} is its answer
   * (null before one is drafted), loaded with its office.
   */
  public static OpenObservation of(Observation o, Answer answer) {
    var c = o.getConsultation();
    var part = o.getPart();
    boolean answered =
        o.getStatus() == ObservationStatus.PUBLISHED
            && answer != null
            && answer.getStatus() == AnswerStatus.PUBLISHED;
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
        answered ? PublishedAnswer.of(o, answer) : null,
        1,
        List.of());
  }

  /**
   * This observation as the one entry of the form-letter campaign it represents: the campaign's
   * size and the other members' tracking codes.
   *
   * @param members every member's tracking code, this one included
   */
  public OpenObservation representing(List<String> members) {
    var others = members.stream().filter(code -> !code.equals(trackingCode)).toList();
    return new OpenObservation(
        trackingCode,
        consultationSlug,
        consultationTitle,
        consultationYear,
        consultationType,
        partId,
        partLabel,
        receivedAt,
        stakeholderGroup,
        departmentCode,
        channel,
        author,
        text,
        answer == null ? null : answer.representing(members),
        others.size() + 1,
        others);
  }

  /** The other members' tracking codes, for the page. */
  public String campaignMemberList() {
    return String.join(", ", campaignMembers);
  }

  /** Whether this entry stands for a form-letter campaign (more than one observation). */
  public boolean isCampaign() {
    return observationCount > 1;
  }

  public String departmentName() {
    return Department.ofCode(departmentCode).map(Department::getDisplayName).orElse(departmentCode);
  }

  /** Where the observed part is on the consultation page. */
  public String partUrl() {
    return "consulta?c=" + consultationSlug + (partId == null ? "" : "#parte-" + partId);
  }
}
