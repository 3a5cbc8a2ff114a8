package co.gov.icetex.participa.report.application;

import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.observation.domain.Triage;
import co.gov.icetex.participa.report.domain.ReportDisposition;
import co.gov.icetex.participa.shared.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One frozen entry of a report as every format renders it (a form-letter campaign once, at its
 * representative, with the other members' codes in {@code campaignCodes}; null for an observation
 * that came alone) (read with a constructor query, so it is never a managed entity). It holds only
 * what the report made public; labels come from the bundle.
 */
public record EntryRow(
    int position,
    String trackingCode,
    String partLabel,
    String publicAuthor,
    StakeholderGroup group,
    String departmentCode,
    Channel channel,
    Instant receivedAt,
    String text,
    ReportDisposition disposition,
    Triage reason,
    AnswerOutcome outcome,
    String answerText,
    Instant answeredAt,
    LocalDate dueDate,
    Boolean onTime,
    String campaignCodes) {

  /**
   * Labels without arguments, read from the bundle once: a 10,000-row download asks for the same
   * few dozen labels 50,000 times, and the bundle does not change while the application runs.
   */
  private static final Map<String, String> LABELS = new ConcurrentHashMap<>();

  static String label(String key) {
    return LABELS.computeIfAbsent(key, Messages::get);
  }

  /**
   * The same entry without the author's name (they withdrew their consent since it was published).
   */
  EntryRow withoutAuthor() {
    return new EntryRow(
        position,
        trackingCode,
        partLabel,
        null,
        group,
        departmentCode,
        channel,
        receivedAt,
        text,
        disposition,
        reason,
        outcome,
        answerText,
        answeredAt,
        dueDate,
        onTime,
        campaignCodes);
  }

  /** The author as the public sees them: their name with consent, otherwise "Ciudadano/a". */
  public String author() {
    return publicAuthor != null ? publicAuthor : label("report.anonymous");
  }

  public String part() {
    return partLabel != null ? partLabel : label("report.wholeDocument");
  }

  public String departmentName() {
    return Department.ofCode(departmentCode).map(Department::getDisplayName).orElse(departmentCode);
  }

  public String groupLabel() {
    return label("StakeholderGroup." + group.name());
  }

  public String channelLabel() {
    return label("Channel." + channel.name());
  }

  public boolean textWithheld() {
    return text == null;
  }

  /** The text, or the notice that it is withheld (spam, offensive). */
  public String shownText() {
    return text != null ? text : label("report.textWithheld");
  }

  /** "Aceptada", "No admitida: spam", "Tramitada como petición (PQRSD)". */
  public String result() {
    return switch (disposition) {
      case ANSWERED -> label("AnswerOutcome." + outcome.name());
      case REJECTED ->
          Messages.get("report.rejected", Messages.get("report.reason." + reason.name()));
      case REDIRECTED -> label("report.redirected");
    };
  }

  public boolean answered() {
    return disposition == ReportDisposition.ANSWERED;
  }

  /** "A tiempo" / "Fuera de plazo", empty when nothing was answered here. */
  public String timeliness() {
    if (onTime == null) {
      return "";
    }
    return label(onTime ? "report.onTime" : "report.late");
  }

  /**
   * Whether this entry stands for a form-letter campaign (the report lists its other members here).
   */
  public boolean campaign() {
    return campaignCodes != null;
  }

  /** The other members of its campaign, none if it came alone. */
  public List<String> campaignMembers() {
    return campaignCodes == null || campaignCodes.isEmpty()
        ? List.of()
        : List.of(campaignCodes.split(","));
  }

  /** How many observations this entry stands for: 1, or its campaign's members. */
  public int observationCount() {
    return 1 + campaignMembers().size();
  }
}
