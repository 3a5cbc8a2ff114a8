package co.gov.icetex.participa.demo;

import static co.gov.icetex.participa.consultation.domain.PartKind.ACTIVITY;

import co.gov.icetex.participa.consultation.domain.CommentWindow;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import java.time.Instant;
import java.util.List;

/** Demo content: the evaluation report of the accountability process, with its improvement plan. */
final class AccountabilityReportConsultation {

  static final String SLUG = "informe-rendicion-cuentas-2026";

  private static final List<String> COLUMNS =
      List.of("Acción de mejora", "Meta o producto", "Responsable", "Fecha programada");

  private AccountabilityReportConsultation() {}

  static Consultation build(CommentWindow window, Instant now) {
    var c =
        new Consultation(
            SLUG,
            ConsultationType.INFORME_RENDICION_CUENTAS,
            "Informe de evaluación del proceso de rendición de cuentas 2026",
            "Evaluación de los espacios de diálogo con los que el ICETEX rindió cuentas de su gestión en"
                + " 2026: la audiencia pública, los encuentros regionales y los espacios virtuales. Presenta"
                + " la participación, la opinión de los asistentes y las acciones de mejora propuestas para"
                + " el próximo ciclo, conforme a la Ley 1757 de 2015 y al Manual Único de Rendición de"
                + " Cuentas.",
            2026,
            "Oficina Asesora de Planeación",
            window,
            now);

    Parts.chapter(
        c,
        "1",
        "Introducción",
        "La rendición de cuentas es un proceso permanente de información, diálogo y responsabilidad."
            + " Este informe evalúa cómo se cumplió ese proceso en 2026, con base en los registros de"
            + " asistencia, las preguntas recibidas y las encuestas aplicadas a los participantes.");

    var spaces = Parts.chapter(c, "2", "Espacios de diálogo realizados", null);
    Parts.section(
        c,
        spaces,
        "2.1",
        "Audiencia pública de rendición de cuentas",
        "Se realizó el 30 de julio de 2026 en Bogotá, con transmisión en vivo por el sitio web y las"
            + " redes sociales del ICETEX. Asistieron 214 personas en el auditorio y se registraron"
            + " 1.850 conexiones a la transmisión. Se recibieron 146 preguntas, todas respondidas por"
            + " escrito dentro de los quince días hábiles siguientes.");
    Parts.section(
        c,
        spaces,
        "2.2",
        "Encuentros regionales",
        "Se realizaron cinco encuentros en Barranquilla, Medellín, Cali, Bucaramanga y Pasto, con"
            + " estudiantes, familias, egresados e Instituciones de Educación Superior. Participaron"
            + " 1.126 personas.");
    Parts.section(
        c,
        spaces,
        "2.3",
        "Espacios virtuales",
        "Tres transmisiones temáticas sobre alivios, convocatorias y servicio al ciudadano, y un"
            + " espacio en línea para sugerir temas antes de la audiencia, que recibió 312"
            + " sugerencias.");

    var results = Parts.chapter(c, "3", "Resultados de la evaluación", null);
    Parts.section(
        c,
        results,
        "3.1",
        "Evaluación de los participantes",
        "El 87 % de quienes respondieron la encuesta calificó la audiencia como buena o muy buena; el"
            + " 78 % consideró que la información fue clara y comprensible, y el 64 % pidió más tiempo"
            + " para las preguntas del público.");
    Parts.section(
        c,
        results,
        "3.2",
        "Evaluación interna",
        "Las dependencias destacaron la publicación anticipada de los materiales y señalaron como"
            + " aspectos por mejorar la convocatoria en zonas rurales y la respuesta a preguntas"
            + " recibidas por canales distintos al formulario oficial.");

    var actions =
        Parts.chapter(
            c,
            "4",
            "Acciones de mejora",
            "Acciones propuestas para el ciclo de rendición de cuentas de 2027.");
    Parts.rows(
        c,
        actions,
        ACTIVITY,
        COLUMNS,
        new String[][] {
          {
            "Ampliar el tiempo de preguntas del público en la audiencia pública",
            "Agenda con al menos 40 minutos para preguntas",
            "Oficina Asesora de Planeación",
            "30/06/2027"
          },
          {
            "Convocar a la audiencia a través de emisoras comunitarias y de las IES regionales",
            "Plan de convocatoria con cobertura en los 32 departamentos",
            "Oficina Asesora de Comunicaciones",
            "31/05/2027"
          },
          {
            "Registrar en Participa ICETEX las preguntas recibidas por cualquier canal",
            "100 % de las preguntas registradas y respondidas en el informe de la audiencia",
            "Oficina Comercial y de Mercadeo",
            "31/08/2027"
          },
        });
    return c;
  }
}
