package co.gov.icetex.participa.alert.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.shared.validation.CommandValidator;
import co.gov.icetex.participa.shared.validation.Violation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AlertSubscriptionTest {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();
  private static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");

  private static AlertSubscription confirmedGeneral(AlertTopics topics) {
    var s = AlertSubscription.general("Ana@Example.co", topics, "hash-1", T0);
    s.confirm(T0.plusSeconds(60));
    return s;
  }

  @Test
  void nothingIsWantedBeforeTheAddressConfirms() {
    var s =
        AlertSubscription.general(
            "ana@example.co", new AlertTopics(true, null, true), "hash-1", T0);
    assertFalse(s.wantsOpening(ConsultationType.PAAC, T0.plusSeconds(3600)));
    assertFalse(s.wantsClosingReminder(ConsultationType.PAAC));
    s.confirm(T0.plusSeconds(60));
    assertTrue(s.wantsOpening(ConsultationType.PAAC, T0.plusSeconds(3600)));
    assertTrue(s.wantsClosingReminder(ConsultationType.PAAC));
    assertEquals(
        "ana@example.co",
        AlertSubscription.general("Ana@Example.CO ", new AlertTopics(true, null, false), "h", T0)
            .getEmail());
  }

  @Test
  void onlyWhatOpensAfterTheConfirmationIsAnnounced() {
    var s = confirmedGeneral(new AlertTopics(true, null, false));
    assertFalse(
        s.wantsOpening(ConsultationType.PAAC, T0),
        "opened before the confirmation: not news to send");
    assertTrue(s.wantsOpening(ConsultationType.PAAC, T0.plusSeconds(60)));
  }

  @Test
  void aTypeLimitsBothTopics() {
    var s = confirmedGeneral(new AlertTopics(true, ConsultationType.PROYECTO_NORMATIVO, true));
    assertTrue(s.wantsOpening(ConsultationType.PROYECTO_NORMATIVO, T0.plusSeconds(3600)));
    assertFalse(s.wantsOpening(ConsultationType.PAAC, T0.plusSeconds(3600)));
    assertTrue(s.wantsClosingReminder(ConsultationType.PROYECTO_NORMATIVO));
    assertFalse(s.wantsClosingReminder(ConsultationType.PAAC));
  }

  @Test
  void eachTopicIsChosenOnItsOwn() {
    var onlyNew = confirmedGeneral(new AlertTopics(true, null, false));
    assertFalse(onlyNew.wantsClosingReminder(ConsultationType.PAAC));
    var onlyClosing = confirmedGeneral(new AlertTopics(false, null, true));
    assertFalse(onlyClosing.wantsOpening(ConsultationType.PAAC, T0.plusSeconds(3600)));
    assertFalse(
        onlyClosing.wantsDocumentOf(1L, T0.plusSeconds(3600)),
        "a general subscription follows no documents");
  }

  @Test
  void aGeneralSubscriptionNeedsATopicAndKeepsOne() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AlertSubscription.general(
                "a@example.co", new AlertTopics(false, null, false), "h", T0));
    var s = confirmedGeneral(new AlertTopics(true, null, false));
    assertThrows(
        IllegalArgumentException.class,
        () -> s.changeTopics(new AlertTopics(false, ConsultationType.PAAC, false)));
    s.changeTopics(new AlertTopics(false, ConsultationType.PAAC, true));
    assertEquals(new AlertTopics(false, ConsultationType.PAAC, true), s.topics());
  }

  @Test
  void theLinkWorksTwoDaysAndARenewalReplacesIt() {
    var s = AlertSubscription.general("a@example.co", new AlertTopics(true, null, false), "h", T0);
    assertTrue(s.confirmationLinkWorksAt(T0.plus(Duration.ofDays(2)).minusSeconds(1)));
    assertFalse(s.confirmationLinkWorksAt(T0.plus(Duration.ofDays(2))));
    s.renew(new AlertTopics(false, null, true), "h2", T0.plus(Duration.ofDays(3)));
    assertTrue(s.confirmationLinkWorksAt(T0.plus(Duration.ofDays(4))));
    assertEquals(new AlertTopics(false, null, true), s.topics());
    s.confirm(T0.plus(Duration.ofDays(4)));
    assertTrue(
        s.confirmationLinkWorksAt(T0.plus(Duration.ofDays(400))),
        "a confirmed link shows its confirmation");
    assertThrows(
        IllegalStateException.class,
        () -> s.renew(new AlertTopics(true, null, true), "h3", T0.plus(Duration.ofDays(5))));
  }

  @Test
  void confirmingTwiceKeepsTheFirstTime() {
    var s = confirmedGeneral(new AlertTopics(true, null, false));
    s.confirm(T0.plus(Duration.ofDays(1)));
    assertEquals(T0.plusSeconds(60), s.getConfirmedAt());
  }

  @Test
  void occasionsHaveOneKeyEach() {
    assertEquals("OPENED:12", Occasion.opened(12).key());
    assertEquals("CLOSING:12", Occasion.closing(12).key());
    assertEquals("REPORT:12:2", Occasion.report(12, 2).key());
    assertEquals("FINAL:12", Occasion.finalVersion(12).key());
  }

  @Test
  void theRequestNeedsAnAddressConsentAndATopicUnlessItFollowsAConsultation() {
    var none =
        new CommandValidator()
                .violationsOf(new SubscriptionRequest("", null, false, null, false, false))
                .ordered()
                .stream()
                .collect(Collectors.toMap(Violation::field, Violation::message));
    assertEquals("Elija al menos un tipo de aviso.", none.get("topicChosen"));
    assertTrue(none.containsKey("email"));
    assertTrue(none.containsKey("consent"));
    assertTrue(
        VALIDATOR
            .validate(
                new SubscriptionRequest("a@example.co", "paac-2020", false, null, false, true))
            .isEmpty());
    assertTrue(
        VALIDATOR
            .validate(new SubscriptionRequest("a@example.co", " ", false, null, true, true))
            .isEmpty());
    assertFalse(
        VALIDATOR
            .validate(new SubscriptionRequest("no es correo", null, true, null, false, true))
            .isEmpty());
  }
}
