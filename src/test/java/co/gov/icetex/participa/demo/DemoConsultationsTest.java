package co.gov.icetex.participa.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.icetex.participa.consultation.domain.CommentWindow;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationFile;
import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.consultation.domain.ConsultationPhase;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.consultation.domain.PartKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoConsultationsTest {

  private static final Instant NOW = Instant.parse("2026-11-25T18:43:00Z");
  private static final List<Consultation> CATALOGUE = DemoConsultations.catalogue(NOW);

  /** Hearing questions come with the demo hearings (DemoHearings), not with this catalogue. */
  @Test
  void hasOneConsultationOfEveryDocumentType() {
    var documentTypes =
        EnumSet.complementOf(EnumSet.of(ConsultationType.AUDIENCIA_RENDICION_CUENTAS));
    assertEquals(
        documentTypes,
        CATALOGUE.stream()
            .map(Consultation::getType)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConsultationType.class))));
    assertEquals(documentTypes.size(), CATALOGUE.size());
  }

  // Late evening in Bogotá is the next UTC day: the windows follow Bogotá dates either way.
  @ParameterizedTest
  @ValueSource(strings = {"2026-11-25T18:43:00Z", "2026-11-26T04:59:59Z", "2027-01-01T05:00:00Z"})
  void mixesPhasesAtNow(String instant) {
    Instant now = Instant.parse(instant);
    Map<ConsultationPhase, Long> phases =
        DemoConsultations.catalogue(now).stream()
            .collect(Collectors.groupingBy(c -> c.phaseAt(now), Collectors.counting()));
    assertEquals(
        Map.of(
            ConsultationPhase.UPCOMING,
            1L,
            ConsultationPhase.OPEN,
            6L,
            ConsultationPhase.CLOSED,
            1L),
        phases);
  }

  @Test
  void upcomingOpensInSevenDaysAndClosedClosedTenDaysAgo() {
    Consultation upcoming = only(ConsultationPhase.UPCOMING);
    Duration untilOpen = Duration.between(NOW, upcoming.getWindow().getOpensAt());
    assertTrue(
        untilOpen.compareTo(Duration.ofDays(6)) > 0
            && untilOpen.compareTo(Duration.ofDays(7)) <= 0);
    Consultation closed = only(ConsultationPhase.CLOSED);
    Duration sinceClose = Duration.between(closed.getWindow().getClosesAt(), NOW);
    assertTrue(
        sinceClose.compareTo(Duration.ofDays(10)) >= 0
            && sinceClose.compareTo(Duration.ofDays(11)) < 0);
  }

  @Test
  void exactlyOneOpenConsultationHasAJustifiedShortWindow() {
    List<Consultation> shortOnes =
        CATALOGUE.stream()
            .filter(c -> c.getWindow().isShorterThan(CommentWindow.DEFAULT_MINIMUM))
            .toList();
    assertEquals(1, shortOnes.size());
    assertEquals(ConsultationPhase.OPEN, shortOnes.get(0).phaseAt(NOW));
    assertFalse(shortOnes.get(0).getShortWindowReason().isBlank());
    CATALOGUE.stream()
        .filter(c -> c != shortOnes.get(0))
        .forEach(c -> assertNull(c.getShortWindowReason(), c.getSlug()));
    assertTrue(CATALOGUE.stream().allMatch(Consultation::isPublished));
  }

  @Test
  void thePaacComesFromTheSeed() {
    Consultation paac = byType(ConsultationType.PAAC);
    assertEquals("paac-2020", paac.getSlug());
    assertEquals(2020, paac.getYear());
    assertEquals("Oficina Asesora de Planeación", paac.getOffice());
    assertEquals(ConsultationPhase.OPEN, paac.phaseAt(NOW));
    assertEquals(7 + 20 + 60, paac.getParts().size());
    ConsultationPart row =
        paac.getParts().stream().filter(ConsultationPart::isTableRow).findFirst().orElseThrow();
    assertEquals("Gestión de riesgos de corrupción", row.getParent().getParent().getTitle());
    assertEquals(2, row.getDepth());
  }

  @Test
  void everyTableRowHasFieldsAndTheExpectedColumns() {
    List<ConsultationPart> parts = CATALOGUE.stream().flatMap(c -> c.getParts().stream()).toList();
    assertTrue(
        parts.stream()
            .filter(ConsultationPart::isTableRow)
            .allMatch(p -> !p.getFields().isEmpty()));
    parts.stream()
        .filter(p -> p.getKind() == PartKind.INDICATOR)
        .forEach(
            p ->
                assertEquals(
                    IndicatorsConsultation.COLUMNS,
                    p.getFields().stream().map(f -> f.label()).toList()));
    List<ConsultationPart> budget =
        parts.stream().filter(p -> p.getKind() == PartKind.BUDGET_LINE).toList();
    assertEquals(11, budget.size());
    assertTrue(
        budget.stream()
            .allMatch(p -> p.getFields().get(2).value().matches("\\$ \\d{1,3}(\\.\\d{3})+")));
    assertTrue(
        byType(ConsultationType.ANTEPROYECTO_PRESUPUESTO).getParts().stream()
            .anyMatch(p -> p.getKind() == PartKind.PARAGRAPH && p.getTitle().startsWith("Total")));
    assertTrue(
        byType(ConsultationType.PROYECTO_NORMATIVO).getParts().stream()
            .anyMatch(p -> "Artículo 1.".equals(p.getNumberLabel()) && p.getDepth() == 1));
  }

  @Test
  void slugsAreLowercaseAsciiAndUnique() {
    assertTrue(CATALOGUE.stream().allMatch(c -> c.getSlug().matches("[a-z0-9]+(-[a-z0-9]+)*")));
    assertEquals(
        CATALOGUE.size(), CATALOGUE.stream().map(Consultation::getSlug).distinct().count());
  }

  @Test
  void everyConsultationHasAPdfAndTheBudgetACsv() {
    for (Consultation c : CATALOGUE) {
      ConsultationFile pdf = c.getFiles().get(0);
      assertEquals(DemoFiles.PDF, pdf.getFile().getMediaType());
      assertEquals(
          "%PDF-",
          new String(pdf.getFile().content(), 0, 5, StandardCharsets.ISO_8859_1), c.getSlug());
    }
    ConsultationFile csv = byType(ConsultationType.ANTEPROYECTO_PRESUPUESTO).getFiles().get(1);
    byte[] bytes = csv.getFile().content();
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
    assertEquals("Grupo;Rubro;Concepto;Valor (COP)", lines[0]);
    assertEquals("Ingresos;1-01;Recaudo de cartera de crédito educativo;2874350000000", lines[1]);
    assertEquals(12, lines.length);
  }

  @Test
  void formatsPesosWithColombianSeparators() {
    assertEquals("$ 1.234.567.000", Parts.pesos(1_234_567_000L));
    assertEquals("$ 0", Parts.pesos(0));
    assertEquals(
        BudgetConsultation.total(BudgetConsultation.INCOME),
        BudgetConsultation.total(BudgetConsultation.OPERATION)
            + BudgetConsultation.total(BudgetConsultation.INVESTMENT));
  }

  @Test
  void quotesCsvCellsThatNeedIt() {
    String csv =
        new String(
            DemoFiles.csvOf(List.of("a", "b"), List.of(List.of("x;y", "di \"hola\""))),
            StandardCharsets.UTF_8);
    assertEquals("\uFEFFa;b\r\n\"x;y\";\"di \"\"hola\"\"\"\r\n", csv);
  }

  private static Consultation byType(ConsultationType type) {
    return CATALOGUE.stream().filter(c -> c.getType() == type).findFirst().orElseThrow();
  }

  private static Consultation only(ConsultationPhase phase) {
    List<Consultation> found = CATALOGUE.stream().filter(c -> c.phaseAt(NOW) == phase).toList();
    assertEquals(1, found.size());
    return found.get(0);
  }
}
