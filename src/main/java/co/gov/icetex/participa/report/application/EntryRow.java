package co.gov.icetex.participa.report.application;

import co.gov.icetex.participa.observation.domain.AnswerOutcome;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.observation.domain.Triage;
import co.gov.icetex.participa.report.domain.ReportDisposition;
import co.gov.icetex.participa.shared.Messages;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One frozen entry of a report as every format renders it (read with a constructor query, so it is
 * never a managed entity). It holds only what the report made public; labels come from the bundle.
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
    Boolean onTime) {

  /** The author as the public sees them: their name with consent, otherwise "Ciudadano/a". */
  public String author() {
    return publicAuthor != null ? publicAuthor : Messages.get("report.anonymous");
  }

  public String part() {
    return partLabel != null ? partLabel : Messages.get("report.wholeDocument");
  }

  public String departmentName() {
    return Department.ofCode(departmentCode).map(Department::getDisplayName).orElse(departmentCode);
  }

  public String groupLabel() {
    return Messages.get("StakeholderGroup." + group.name());
  }

  public String channelLabel() {
    return Messages.get("Channel." + channel.name());
  }

  public boolean textWithheld() {
    return text == null;
  }

  /** The text, or the notice that it is withheld (spam, offensive). */
  public String shownText() {
    return text != null ? text : Messages.get("report.textWithheld");
  }

  /** "Aceptada", "No admitida: spam", "Tramitada como petición (PQRSD)". */
  public String result() {
    return switch (disposition) {
      case ANSWERED -> Messages.get("AnswerOutcome." + outcome.name());
      case REJECTED -> Messages.get("report.rejected", Messages.get("report.reason." + reason.name()));
      case REDIRECTED -> Messages.get("report.redirected");
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
    return Messages.get(onTime ? "report.onTime" : "report.late");
  }
}
