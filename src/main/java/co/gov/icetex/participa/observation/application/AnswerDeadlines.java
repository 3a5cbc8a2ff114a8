package co.gov.icetex.participa.observation.application;

import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.PetitionKind;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Settings;
import co.gov.icetex.participa.shared.time.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The one place that turns the legal terms into dates: an observation's answer is due a number of
 * Colombian business days after the Bogotá date it was received (the day of receipt does not
 * count), and an extension may reach at most double that term.
 */
@ApplicationScoped
public class AnswerDeadlines {

  @Inject BusinessCalendar calendar;
  @Inject Settings settings;

  public LocalDate dueDateFor(Instant receivedAt) {
    return calendar.addBusinessDays(receivedDay(receivedAt), settings.answerBusinessDays());
  }

  public LocalDate petitionDueDate(Instant receivedAt, PetitionKind kind) {
    return calendar.addBusinessDays(receivedDay(receivedAt), kind.businessDays());
  }

  /** The latest date an extension notice may promise: double the term that applies. */
  public LocalDate latestExtension(Observation o) {
    int term =
        o.getPetitionKind() != null
            ? o.getPetitionKind().businessDays()
            : settings.answerBusinessDays();
    return calendar.addBusinessDays(receivedDay(o.getReceivedAt()), 2 * term);
  }

  private static LocalDate receivedDay(Instant receivedAt) {
    return LocalDate.ofInstant(receivedAt, AppClock.BOGOTA);
  }
}
