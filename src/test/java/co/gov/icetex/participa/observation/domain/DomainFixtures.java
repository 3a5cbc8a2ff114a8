package co.gov.icetex.participa.observation.domain;

import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.staff.domain.Office;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Consultations, offices and observations in memory, for the unit tests of the moderation rules and
 * of the answer's state machine ({@code answer.domain.AnswerTest}).
 */
public final class DomainFixtures {

  public static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");

  /** Fifteen Colombian business days after 2 March 2026. */
  public static final LocalDate DUE = LocalDate.of(2026, 3, 24);

  private static final AtomicLong NUMBERS = new AtomicLong();

  private DomainFixtures() {}

  public static Consultation consultation() {
    return Consultation.draft(
        "prueba",
        ConsultationType.PAAC,
        "Plan de prueba",
        "Resumen",
        2026,
        "Oficina Asesora de Planeación",
        NOW);
  }

  /** An office as the database would give it back: with its id, which the rules compare. */
  public static Office office(long id, String name) {
    var office = new Office(name);
    try {
      Field f = Office.class.getDeclaredField("id");
      f.setAccessible(true);
      f.set(office, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return office;
  }

  public static Observation received(Consultation consultation) {
    var submission =
        new ObservationSubmission(
            null,
            "Ana Pérez",
            "ana@example.co",
            StakeholderGroup.ESTUDIANTE,
            Department.ANTIOQUIA,
            "Sugiero publicar el cronograma.",
            true,
            false);
    return new Observation(
        new TrackingCode(2026, NUMBERS.incrementAndGet()),
        consultation,
        null,
        submission,
        Channel.WEB,
        NOW,
        DUE);
  }

  public static Observation assigned(Consultation consultation, Office office) {
    var o = received(consultation);
    o.assignTo(office, "moderador@participa.test", NOW);
    return o;
  }
}
