package co.gov.icetex.participa.notification;

import co.gov.icetex.participa.shared.DateFormats;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The staff's daily reminder of answers that are overdue or due soon, with a link to each
 * observation. One message per person per day: the outbox reference is the day and the account, so
 * a repeat is impossible.
 */
@ApplicationScoped
public class DeadlineReminderMail {

  static final String KIND = "DEADLINE_REMINDER";

  /** Lines listed per section; the rest is counted and left to the dashboard. */
  static final int MAX_LINES = 30;

  @Inject Outbox outbox;
  @Inject Settings settings;

  /** An observation as the reminder lists it. */
  public record Line(String trackingCode, String consultation, String office, LocalDate due) {}

  /** What one person is reminded of on one day. */
  public record Reminder(
      long accountId,
      String email,
      String name,
      LocalDate today,
      LocalDate soonLimit,
      int soonBusinessDays,
      List<Line> overdue,
      List<Line> dueSoon) {}

  @Transactional(TxType.MANDATORY)
  public void enqueue(Reminder r) {
    outbox.enqueue(
        KIND, r.today() + ":" + r.accountId(), r.email(), subject(r), body(r, settings.baseUrl()));
  }

  static String subject(Reminder r) {
    return Messages.get(
        "mail.deadlines.subject",
        r.overdue().size(),
        r.dueSoon().size(),
        DateFormats.date(r.today()));
  }

  static String body(Reminder r, String baseUrl) {
    StringBuilder sections = new StringBuilder();
    if (!r.overdue().isEmpty()) {
      sections.append(Messages.get("mail.deadlines.overdue", r.overdue().size())).append('\n');
      appendLines(sections, r.overdue(), baseUrl);
    }
    if (!r.dueSoon().isEmpty()) {
      sections
          .append(
              Messages.get(
                  "mail.deadlines.dueSoon",
                  r.soonBusinessDays(),
                  DateFormats.date(r.soonLimit()),
                  r.dueSoon().size()))
          .append('\n');
      appendLines(sections, r.dueSoon(), baseUrl);
    }
    return Messages.get(
        "mail.deadlines.body",
        r.name(),
        DateFormats.date(r.today()),
        sections.toString(),
        baseUrl + "/admin/observaciones/plazos.xhtml");
  }

  private static void appendLines(StringBuilder out, List<Line> lines, String baseUrl) {
    lines.stream()
        .limit(MAX_LINES)
        .forEach(
            l ->
                out.append(
                        Messages.get(
                            "mail.deadlines.line",
                            l.trackingCode(),
                            l.consultation(),
                            l.office() == null
                                ? Messages.get("mail.deadlines.unassigned")
                                : l.office(),
                            DateFormats.date(l.due()),
                            baseUrl
                                + "/admin/observaciones/ver.xhtml?codigo="
                                + URLEncoder.encode(l.trackingCode(), StandardCharsets.UTF_8)))
                    .append('\n'));
    if (lines.size() > MAX_LINES) {
      out.append(Messages.get("mail.deadlines.more", lines.size() - MAX_LINES)).append('\n');
    }
    out.append('\n');
  }
}
