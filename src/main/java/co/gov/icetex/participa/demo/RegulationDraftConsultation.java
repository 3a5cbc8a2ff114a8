package co.gov.icetex.participa.demo;

import co.gov.icetex.participa.consultation.domain.CommentWindow;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import java.time.Instant;

/** Demo content: a draft Acuerdo of the board, in chapters and articles. */
final class RegulationDraftConsultation {

  static final String SLUG = "proyecto-acuerdo-alivios-2026";

  private RegulationDraftConsultation() {}

  static Consultation build(CommentWindow window, Instant now) {
    var c =
        new Consultation(
            SLUG,
            ConsultationType.PROYECTO_NORMATIVO,
            "Proyecto de Acuerdo por el cual se modifica el Reglamento de Crédito Educativo para ampliar"
                + " los alivios a beneficiarios en situación de vulnerabilidad",
            "Borrador de Acuerdo de la Junta Directiva del ICETEX que amplía el periodo de gracia, reduce"
                + " la tasa de interés y crea una condonación parcial por graduación oportuna para"
                + " beneficiarios en situación de vulnerabilidad. Se publica para comentarios de la"
                + " ciudadanía en cumplimiento del artículo 8, numeral 8, de la Ley 1437 de 2011.",
            2026,
            "Oficina Asesora Jurídica",
            window,
            now);

    var general = Parts.chapter(c, "Capítulo I", "Disposiciones generales", null);
    article(
        c,
        general,
        1,
        "Objeto",
        "El presente Acuerdo modifica el Reglamento de Crédito Educativo del ICETEX con el fin de"
            + " ampliar los alivios financieros para los beneficiarios en situación de vulnerabilidad"
            + " y favorecer su permanencia y graduación.");
    article(
        c,
        general,
        2,
        "Ámbito de aplicación",
        "Se aplica a los beneficiarios de crédito educativo de pregrado de las líneas con subsidio de"
            + " tasa, que a la fecha de la solicitud pertenezcan a los grupos A, B o C del SISBÉN IV.");
    article(
        c,
        general,
        3,
        "Definiciones",
        "Para efectos del presente Acuerdo, se entiende por graduación oportuna la obtención del"
            + " título dentro del número de periodos académicos del programa más dos periodos"
            + " adicionales.");

    var relief = Parts.chapter(c, "Capítulo II", "Alivios para beneficiarios", null);
    article(
        c,
        relief,
        4,
        "Periodo de gracia",
        "El periodo de gracia posterior a la terminación de los estudios será de doce meses, durante"
            + " los cuales no se exigirá el pago de capital ni de intereses.");
    article(
        c,
        relief,
        5,
        "Reducción de la tasa de interés",
        "Durante la época de amortización, la tasa de interés será equivalente al IPC, sin puntos"
            + " adicionales, para los beneficiarios que se encuentren al día en sus pagos.");
    article(
        c,
        relief,
        6,
        "Condonación parcial por graduación oportuna",
        "El ICETEX condonará el veinticinco por ciento (25 %) del capital adeudado a los beneficiarios"
            + " que acrediten su graduación oportuna, previa solicitud y verificación de requisitos.");
    article(
        c,
        relief,
        7,
        "Requisitos y procedimiento",
        "Los alivios se solicitan por los canales del ICETEX. La entidad verificará las condiciones"
            + " mediante consulta a las bases de datos oficiales, sin exigir documentos que reposen en"
            + " otras entidades públicas.");

    var finals = Parts.chapter(c, "Capítulo III", "Disposiciones finales", null);
    article(
        c,
        finals,
        8,
        "Régimen de transición",
        "Los beneficiarios que a la entrada en vigencia del presente Acuerdo se encuentren en periodo"
            + " de gracia o en amortización podrán acogerse a los alivios a partir del periodo"
            + " siguiente a su solicitud.");
    article(
        c,
        finals,
        9,
        "Vigencia y derogatorias",
        "El presente Acuerdo rige a partir de su publicación y deroga las disposiciones que le sean"
            + " contrarias.");
    return c;
  }

  private static void article(
      Consultation c, ConsultationPart chapter, int number, String title, String text) {
    Parts.section(c, chapter, "Artículo " + number + ".", title, text);
  }
}
