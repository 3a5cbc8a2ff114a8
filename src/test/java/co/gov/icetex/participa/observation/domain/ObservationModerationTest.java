package co.gov.icetex.participa.observation.domain;

import static co.gov.icetex.participa.observation.domain.DomainFixtures.DUE;
import static co.gov.icetex.participa.observation.domain.DomainFixtures.NOW;
import static co.gov.icetex.participa.observation.domain.DomainFixtures.assigned;
import static co.gov.icetex.participa.observation.domain.DomainFixtures.consultation;
import static co.gov.icetex.participa.observation.domain.DomainFixtures.office;
import static co.gov.icetex.participa.observation.domain.DomainFixtures.received;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.answer.domain.Answer;
import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.shared.time.BusinessCalendar;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.staff.domain.Office;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A moderator's triage, the assignment to an office and the extension of the deadline (Ley 1755 de
 * 2015).
 */
class ObservationModerationTest {

  private static final String MODERATOR = "moderador@participa.test";

  private final Consultation consultation = consultation();
  private final Office planning = office(1, "Oficina Asesora de Planeación");
  private final Office credit = office(2, "Vicepresidencia de Crédito");
  private final BusinessCalendar calendar = new BusinessCalendar();

  private static void refused(String key, Runnable action) {
    assertEquals(key, assertThrows(Refusal.class, action::run).violations().get(0).key());
  }

  // --- triage ---

  @Test
  void aPublishableObservationIsAcceptedOrStaysWithTheOfficeItWasAssignedTo() {
    var fresh = received(consultation);
    fresh.triage(Triage.PUBLISHABLE, null, null, null, null, MODERATOR, NOW);
    assertEquals(ObservationStatus.ACCEPTED, fresh.getStatus());

    var withOffice = assigned(consultation, planning);
    withOffice.triage(Triage.PUBLISHABLE, " ", null, null, null, MODERATOR, NOW);
    assertEquals(ObservationStatus.ASSIGNED, withOffice.getStatus());
    assertSame(planning, withOffice.getOffice());
  }

  @ParameterizedTest
  @EnumSource(
      value = Triage.class,
      names = {"SPAM", "OFFENSIVE", "OUT_OF_SCOPE", "PETITION"})
  void aRejectionOrARedirectionNeedsAReason(Triage decision) {
    var o = received(consultation);
    refused(
        "moderation.error.reasonRequired",
        () -> o.triage(decision, "  ", null, PetitionKind.GENERAL, DUE, MODERATOR, NOW));
    assertEquals(ObservationStatus.RECEIVED, o.getStatus());
    assertNull(o.getTriage());
  }

  @Test
  void aRejectionTakesTheObservationFromItsOffice() {
    var o = assigned(consultation, planning);
    o.triage(
        Triage.OUT_OF_SCOPE,
        "  Trata de un crédito particular. ",
        null,
        null,
        null,
        MODERATOR,
        NOW);
    assertEquals(ObservationStatus.REJECTED, o.getStatus());
    assertNull(o.getOffice());
    assertFalse(o.getStatus().isPending(), "no longer counts against the deadline");
  }

  @Test
  void aDuplicateNamesAnotherObservationOfTheSameConsultation() {
    var original = received(consultation);
    var copy = received(consultation);
    refused(
        "moderation.error.duplicateOriginal",
        () -> copy.triage(Triage.DUPLICATE, "Repite.", null, null, null, MODERATOR, NOW));
    refused(
        "moderation.error.duplicateOriginal",
        () -> copy.triage(Triage.DUPLICATE, "Repite.", copy, null, null, MODERATOR, NOW));
    var elsewhere = received(consultation());
    refused(
        "moderation.error.duplicateOriginal",
        () -> copy.triage(Triage.DUPLICATE, "Repite.", elsewhere, null, null, MODERATOR, NOW));
    copy.triage(Triage.DUPLICATE, "Repite.", original, null, null, MODERATOR, NOW);
    assertEquals(ObservationStatus.REJECTED, copy.getStatus());
    assertSame(original, copy.getDuplicateOf());
  }

  @Test
  void aPetitionTakesTheDueDateOfItsKindAndForgetsAnExtension() {
    var o = received(consultation);
    o.extendDeadline(
        DUE.plusDays(5), DUE.plusDays(20), "Concepto jurídico.", DUE.minusDays(1), NOW);
    refused(
        "moderation.error.petitionKind",
        () ->
            o.triage(
                Triage.PETITION, "Pide su estado de cuenta.", null, null, DUE, MODERATOR, NOW));
    LocalDate informationDue =
        calendar.addBusinessDays(LocalDate.of(2026, 3, 2), PetitionKind.INFORMATION.businessDays());
    o.triage(
        Triage.PETITION,
        "Pide su estado de cuenta.",
        null,
        PetitionKind.INFORMATION,
        informationDue,
        MODERATOR,
        NOW);
    assertEquals(ObservationStatus.REDIRECTED, o.getStatus());
    assertEquals(LocalDate.of(2026, 3, 16), o.effectiveDueDate(), "10 business days, not 15");
    assertNull(o.getExtendedDueDate());
  }

  @ParameterizedTest
  @EnumSource(
      value = ObservationStatus.class,
      names = {"DRAFTED", "RETURNED", "APPROVED", "PUBLISHED"})
  void noTriageOnceAnAnswerIsUnderWay(ObservationStatus reached) {
    var o = answeredUpTo(reached);
    refused(
        "moderation.error.notTriageable",
        () -> o.triage(Triage.SPAM, "Publicidad.", null, null, null, MODERATOR, NOW));
    assertEquals(reached, o.getStatus());
  }

  // --- assignment ---

  @Test
  void assigningAReceivedObservationAdmitsItAndItCanBeReassignedUntilAnswered() {
    var o = received(consultation);
    o.assignTo(planning, MODERATOR, NOW);
    assertEquals(ObservationStatus.ASSIGNED, o.getStatus());
    assertEquals(Triage.PUBLISHABLE, o.getTriage());
    o.assignTo(credit, MODERATOR, NOW);
    assertSame(credit, o.getOffice());
  }

  @Test
  void anInactiveOfficeReceivesNothing() {
    var o = received(consultation);
    credit.deactivate();
    refused("moderation.error.officeInactive", () -> o.assignTo(credit, MODERATOR, NOW));
    assertEquals(ObservationStatus.RECEIVED, o.getStatus());
    assertNull(o.getOffice());
  }

  @Test
  void rejectedRedirectedOrAnsweredObservationsAreNotAssigned() {
    var rejected = received(consultation);
    rejected.triage(Triage.SPAM, "Publicidad.", null, null, null, MODERATOR, NOW);
    refused("moderation.error.notAssignable", () -> rejected.assignTo(planning, MODERATOR, NOW));
    var redirected = received(consultation);
    redirected.triage(
        Triage.PETITION, "Pide un certificado.", null, PetitionKind.GENERAL, DUE, MODERATOR, NOW);
    refused("moderation.error.notAssignable", () -> redirected.assignTo(planning, MODERATOR, NOW));
    var drafted = answeredUpTo(ObservationStatus.DRAFTED);
    refused("moderation.error.notAssignable", () -> drafted.assignTo(credit, MODERATOR, NOW));
    assertSame(planning, drafted.getOffice());
  }

  // --- extension of the deadline ---

  @Test
  void anExtensionMovesTheDueDateWithinDoubleTheTermOnce() {
    var o = assigned(consultation, planning);
    LocalDate doubleTerm = calendar.addBusinessDays(LocalDate.of(2026, 3, 2), 30);
    refused(
        "deadline.error.dateOutOfRange",
        () -> o.extendDeadline(doubleTerm.plusDays(1), doubleTerm, "Concepto.", DUE, NOW));
    refused(
        "deadline.error.dateOutOfRange",
        () -> o.extendDeadline(DUE, doubleTerm, "Concepto.", DUE, NOW));
    refused(
        "deadline.error.reasonRequired",
        () -> o.extendDeadline(doubleTerm, doubleTerm, " ", DUE, NOW));
    assertEquals(DUE, o.effectiveDueDate(), "nothing changed");

    o.extendDeadline(doubleTerm, doubleTerm, " Requiere concepto jurídico. ", DUE, NOW);
    assertEquals(doubleTerm, o.effectiveDueDate());
    assertEquals(DUE, o.getDueDate(), "the original term is kept");
    assertFalse(o.isOverdueOn(DUE.plusDays(1)));
    assertTrue(o.isOverdueOn(doubleTerm.plusDays(1)));
    refused(
        "deadline.error.alreadyExtended",
        () -> o.extendDeadline(doubleTerm, doubleTerm, "Otra vez.", DUE, NOW));
  }

  @Test
  void noExtensionOnceOverdueOrOnceAnswered() {
    var late = assigned(consultation, planning);
    refused(
        "deadline.error.alreadyOverdue",
        () ->
            late.extendDeadline(
                DUE.plusDays(5), DUE.plusDays(20), "Concepto.", DUE.plusDays(1), NOW));
    var published = answeredUpTo(ObservationStatus.PUBLISHED);
    refused(
        "deadline.error.notPending",
        () -> published.extendDeadline(DUE.plusDays(5), DUE.plusDays(20), "Concepto.", DUE, NOW));
    assertNull(published.getExtendedDueDate());
  }

  /** An observation of the planning office whose answer reached {@code status}. */
  private Observation answeredUpTo(ObservationStatus status) {
    var o = assigned(consultation, planning);
    var answer =
        new Answer(
            List.of(o),
            planning,
            AnswerOutcome.ACCEPTED,
            "Gracias.",
            "respuestas@participa.test",
            NOW);
    switch (status) {
      case DRAFTED -> {}
      case RETURNED -> answer.returnForChanges("Ajustar.", "aprobador@participa.test", NOW);
      case APPROVED -> answer.approve("aprobador@participa.test", NOW);
      case PUBLISHED -> {
        answer.approve("aprobador@participa.test", NOW);
        answer.publish(NOW);
      }
      default -> throw new IllegalArgumentException(status.toString());
    }
    assertEquals(status, o.getStatus());
    return o;
  }
}
