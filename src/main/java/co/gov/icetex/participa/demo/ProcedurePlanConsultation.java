package co.gov.icetex.participa.demo;

import static co.gov.icetex.participa.consultation.domain.PartKind.ACTIVITY;

import co.gov.icetex.participa.consultation.domain.CommentWindow;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import java.time.Instant;
import java.util.List;

/** Demo content: the procedure-rationalisation plan, one row per improvement of a trámite. */
final class ProcedurePlanConsultation {

  static final String SLUG = "racionalizacion-tramites-2027";

  /** Why this consultation runs for less than the usual fifteen days. */
  static final String SHORT_WINDOW_REASON =
      "La estrategia de racionalización de trámites debe registrarse en el SUIT y hacer parte del Plan"
          + " Anticorrupción y de Atención al Ciudadano, que se publica a más tardar el 31 de enero"
          + " (Ley 1474 de 2011, art. 73). Para cumplir ese plazo la consulta se abre por diez días.";

  private static final List<String> COLUMNS =
      List.of(
          "Trámite", "Mejora propuesta", "Beneficio para el ciudadano", "Fecha de implementación");

  private ProcedurePlanConsultation() {}

  static Consultation build(CommentWindow window, Instant now) {
    var c =
        new Consultation(
            SLUG,
            ConsultationType.PLAN_RACIONALIZACION_TRAMITES,
            "Estrategia de racionalización de trámites 2027",
            "Mejoras que el ICETEX propone para que solicitar, renovar, legalizar y cerrar un crédito"
                + " educativo sea más fácil, rápido y barato para estudiantes y familias. Cuéntenos qué"
                + " trámite le ha resultado más difícil y si estas mejoras resuelven sus dificultades.",
            2027,
            "Oficina Asesora de Planeación",
            window,
            now);

    var credit =
        Parts.chapter(
            c,
            "1",
            "Trámites para obtener y mantener el crédito",
            "Trámites que más realizan los estudiantes y sus familias durante los estudios.");
    rows(
        c,
        credit,
        new String[][] {
          {
            "Adjudicación de crédito educativo",
            "Validación automática de la identidad y del SISBÉN IV por interoperabilidad con la"
                + " Registraduría y el DNP",
            "No se adjuntan copias de documentos que el Estado ya tiene; el estudio pasa de 15 a 8 días"
                + " hábiles",
            "30/04/2027"
          },
          {
            "Renovación de crédito educativo",
            "Renovación automática para beneficiarios al día que no cambian de programa ni de IES",
            "Se elimina el formulario semestral para cerca de 120.000 beneficiarios",
            "31/07/2027"
          },
          {
            "Legalización del crédito educativo",
            "Firma electrónica del pagaré y de la carta de instrucciones",
            "No hay que ir a una notaría ni a un punto de atención",
            "31/03/2027"
          },
        });

    var closing =
        Parts.chapter(
            c,
            "2",
            "Trámites para cerrar el crédito",
            "Trámites que se realizan al terminar de pagar o ante situaciones especiales.");
    rows(
        c,
        closing,
        new String[][] {
          {
            "Expedición de paz y salvo",
            "Descarga inmediata en el portal transaccional con código de verificación",
            "Entrega inmediata, sin solicitud ni espera",
            "28/02/2027"
          },
          {
            "Condonación del crédito por fallecimiento o invalidez",
            "Solicitud en línea; el certificado de defunción se consulta directamente en la"
                + " Registraduría",
            "Las familias evitan trámites presenciales en un momento difícil",
            "30/06/2027"
          },
          {
            "Devolución de saldos a favor",
            "Respuesta en 15 días hábiles y pago por transferencia a la cuenta del solicitante",
            "El dinero se recibe en la mitad del tiempo y sin cobrar cheques",
            "31/10/2027"
          },
        });
    return c;
  }

  private static void rows(Consultation c, ConsultationPart parent, String[][] rows) {
    for (String[] r : rows) {
      Parts.row(c, parent, ACTIVITY, r[0] + ": " + r[1], COLUMNS, r);
    }
  }
}
