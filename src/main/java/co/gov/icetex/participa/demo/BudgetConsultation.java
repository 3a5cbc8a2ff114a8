package co.gov.icetex.participa.demo;

import static co.gov.icetex.participa.consultation.domain.PartKind.BUDGET_LINE;

import co.gov.icetex.participa.consultation.domain.CommentWindow;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Demo content: the draft budget, one commentable row per budget line, also offered as CSV. */
final class BudgetConsultation {

  static final String SLUG = "anteproyecto-presupuesto-2027";

  static final List<String> COLUMNS = List.of("Rubro", "Concepto", "Valor (COP)");

  /** One budget line; amounts in whole pesos. */
  record Line(String group, String code, String concept, long amount) {}

  static final List<Line> INCOME =
      List.of(
          new Line(
              "Ingresos", "1-01", "Recaudo de cartera de crédito educativo", 2_874_350_000_000L),
          new Line("Ingresos", "1-02", "Rendimientos financieros", 186_420_000_000L),
          new Line(
              "Ingresos",
              "1-03",
              "Aportes de la Nación para subsidios de tasa y de sostenimiento",
              1_215_000_000_000L),
          new Line(
              "Ingresos",
              "1-04",
              "Comisiones por administración de fondos de terceros",
              64_780_000_000L));

  static final List<Line> OPERATION =
      List.of(
          new Line("Funcionamiento", "A-01", "Gastos de personal", 98_450_000_000L),
          new Line("Funcionamiento", "A-02", "Adquisición de bienes y servicios", 142_300_000_000L),
          new Line("Funcionamiento", "A-03", "Transferencias corrientes", 12_600_000_000L),
          new Line(
              "Funcionamiento",
              "A-08",
              "Gastos por tributos, multas, sanciones e intereses de mora",
              8_900_000_000L));

  static final List<Line> INVESTMENT =
      List.of(
          new Line(
              "Inversión",
              "C-2202-0700-1",
              "Otorgamiento de créditos educativos nuevos y renovaciones",
              3_412_000_000_000L),
          new Line(
              "Inversión",
              "C-2202-0700-2",
              "Subsidios de tasa de interés y de sostenimiento",
              512_300_000_000L),
          new Line(
              "Inversión",
              "C-2299-0700-3",
              "Fortalecimiento de la transformación digital del ICETEX",
              154_000_000_000L));

  private BudgetConsultation() {}

  static Consultation build(CommentWindow window, Instant now) {
    var c =
        new Consultation(
            SLUG,
            ConsultationType.ANTEPROYECTO_PRESUPUESTO,
            "Anteproyecto de presupuesto 2027",
            "Propuesta de ingresos y gastos del ICETEX para la vigencia 2027, antes de su presentación a"
                + " la Junta Directiva y al Ministerio de Hacienda y Crédito Público. Puede comentar cada"
                + " rubro: de dónde vienen los recursos y en qué se propone invertirlos. El detalle también"
                + " se publica en formato CSV para descargar y analizar.",
            2027,
            "Vicepresidencia Financiera",
            window,
            now);

    var income =
        Parts.chapter(
            c,
            "1",
            "Ingresos",
            "Recursos que el ICETEX espera recibir en 2027: el recaudo de la cartera, los rendimientos de"
                + " sus inversiones, los aportes de la Nación y las comisiones por administrar fondos.");
    lines(c, income, INCOME);
    Parts.paragraph(
        c,
        income,
        "Total ingresos",
        "Total de ingresos proyectados para 2027: " + Parts.pesos(total(INCOME)) + ".");

    var expenses =
        Parts.chapter(
            c,
            "2",
            "Gastos",
            "Uso propuesto de los recursos: el funcionamiento de la entidad y la inversión en crédito"
                + " educativo, subsidios y transformación digital.");
    lines(c, Parts.section(c, expenses, "2.1", "Funcionamiento", null), OPERATION);
    lines(c, Parts.section(c, expenses, "2.2", "Inversión", null), INVESTMENT);
    long spending = total(OPERATION) + total(INVESTMENT);
    Parts.paragraph(
        c,
        expenses,
        "Total gastos",
        "Total de gastos propuestos para 2027: "
            + Parts.pesos(spending)
            + ", de los cuales "
            + Parts.pesos(total(INVESTMENT))
            + " corresponden a inversión.");

    Parts.paragraph(
        c,
        null,
        "Total del anteproyecto",
        "El anteproyecto está equilibrado: ingresos y gastos suman "
            + Parts.pesos(total(INCOME))
            + ". Las cifras son preliminares y pueden ajustarse con la cuota que asigne el Ministerio de"
            + " Hacienda y Crédito Público y con las observaciones recibidas en esta consulta.");
    return c;
  }

  /** The budget lines as a CSV that Excel opens in Colombia: UTF-8 with BOM, ";" separated. */
  static byte[] csv() {
    List<List<String>> rows = new ArrayList<>();
    for (List<Line> group : List.of(INCOME, OPERATION, INVESTMENT)) {
      group.forEach(
          l -> rows.add(List.of(l.group(), l.code(), l.concept(), Long.toString(l.amount()))));
    }
    return DemoFiles.csvOf(List.of("Grupo", "Rubro", "Concepto", "Valor (COP)"), rows);
  }

  static long total(List<Line> lines) {
    return lines.stream().mapToLong(Line::amount).sum();
  }

  private static void lines(Consultation c, ConsultationPart parent, List<Line> lines) {
    for (Line l : lines) {
      Parts.row(
          c,
          parent,
          BUDGET_LINE,
          l.concept(),
          COLUMNS,
          l.code(),
          l.concept(),
          Parts.pesos(l.amount()));
    }
  }
}
