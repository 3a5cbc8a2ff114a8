package co.gov.icetex.participa.opendata;

import co.gov.icetex.participa.answer.domain.Answer;
import co.gov.icetex.participa.answer.domain.AnswerStatus;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.shared.PersonalData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public may know of an observation whose answer is published: the observation's text with
 * e-mails, phone and ID numbers hidden, the author's name only when they allowed it ({@code author}
 * is null otherwise and pages show "Ciudadano/a"), never the e-mail, the answer and whether it came
 * on time. Staff appear only as their office. The answer text is redacted too, as answers sometimes
 * quote the observation.
 */
public record PublishedAnswer(
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
    String outcome,
    String answerText,
    String office,
    Instant publishedAt,
    LocalDate dueDate,
    boolean onTime,
    int observationCount,
    List<String> campaignMembers) {

  /**
   * The observation must be loaded with its consultation and part, {@code answer} (its answer) with
   * its office.
   */
  public static PublishedAnswer of(Observation o, Answer answer) {
    if (answer == null
        || answer.getStatus() != AnswerStatus.PUBLISHED
        || !answer.getId().equals(o.getAnswerId())) {
      throw new IllegalArgumentException(
          "Only published answers are public: " + o.getTrackingCode());
    }
    var c = o.getConsultation();
    var part = o.getPart();
    return new PublishedAnswer(
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
        answer.getOutcome().name(),
        PersonalData.redact(answer.getText()),
        answer.getOffice().getName(),
        answer.getPublishedAt(),
        o.effectiveDueDate(),
        onTime(answer.getPublishedAt(), o.effectiveDueDate()),
        1,
        List.of());
  }

  /**
   * This answer as the one row of a form-letter campaign it represents: the campaign's size and the
   * other members' tracking codes (public already, in the response report).
   *
   * @param members every member's tracking code, this one included
   */
  public PublishedAnswer representing(List<String> members) {
    var others = members.stream().filter(code -> !code.equals(trackingCode)).toList();
    return new PublishedAnswer(
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
        outcome,
        answerText,
        office,
        publishedAt,
        dueDate,
        onTime,
        others.size() + 1,
        others);
  }

  /**
   * An answer is on time when the Bogotá date of its publication is on or before the observation's
   * due date (extended when the author was told of an extension). StatisticsService counts with the
   * same rule in SQL; its integration test checks the two agree.
   */
  public static boolean onTime(Instant publishedAt, LocalDate dueDate) {
    return Answer.publishedOnTime(publishedAt, dueDate);
  }

  /**
   * The link to the part (or the whole document) the observation was made on, relative to the site
   * root.
   */
  public String partUrl() {
    return "consulta?c=" + consultationSlug + (partId == null ? "" : "#parte-" + partId);
  }
}
