package co.gov.icetex.participa.demo;

import static co.gov.icetex.participa.consultation.domain.PartKind.ACTIVITY;

import co.gov.icetex.participa.consultation.domain.CommentWindow;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import java.time.Instant;
import java.util.List;

/** Demo content: the institutional action plan, one table of activities per strategic objective. */
final class ActionPlanConsultation {

  static final String SLUG = "plan-accion-2027";

  private static final List<String> COLUMNS =
      List.of("Actividad", "Meta o producto", "Responsable", "Fecha programada");

  private ActionPlanConsultation() {}

  static Consultation build(CommentWindow window, Instant now) {
    var c =
        new Consultation(
            SLUG,
            ConsultationType.PLAN_ACCION,
            "Plan de Acción Institucional 2027",
            "Propuesta de las actividades que el ICETEX adelantará en 2027 para cumplir su plan"
                + " estratégico: ampliar el acceso a la educación superior con equidad, cuidar la"
                + " sostenibilidad del crédito educativo y mejorar el servicio a la ciudadanía. Cada"
                + " actividad indica su meta, la dependencia responsable y la fecha programada; puede"
                + " comentar el plan completo o una actividad en particular.",
            2027,
            "Oficina Asesora de Planeación",
            window,
            now);

    var access =
        Parts.chapter(
            c,
            "1",
            "Acceso y permanencia en la educación superior",
            "Objetivo estratégico: ampliar el acceso a la educación superior de calidad, con prioridad"
                + " para los jóvenes de los estratos 1, 2 y 3, las regiones apartadas y los municipios PDET,"
                + " y acompañar a los beneficiarios para que terminen sus estudios.");
    Parts.rows(
        c,
        access,
        ACTIVITY,
        COLUMNS,
        new String[][] {
          {
            "Adjudicar créditos educativos nuevos de pregrado con tasa subsidiada",
            "45.000 créditos nuevos adjudicados",
            "Vicepresidencia de Crédito y Cobranza",
            "31/12/2027"
          },
          {
            "Realizar convocatorias regionales con las Instituciones de Educación Superior (IES) aliadas",
            "6 convocatorias regionales realizadas",
            "Oficina Comercial y de Mercadeo",
            "30/09/2027"
          },
          {
            "Brindar acompañamiento académico y psicosocial a beneficiarios en riesgo de deserción",
            "8.000 beneficiarios acompañados",
            "Vicepresidencia de Fondos en Administración",
            "15/12/2027"
          },
        });

    var finance =
        Parts.chapter(
            c,
            "2",
            "Sostenibilidad financiera del crédito educativo",
            "Objetivo estratégico: mantener un fondo de crédito sostenible que pueda seguir prestando a"
                + " nuevas generaciones, con alivios para quienes atraviesan dificultades de pago.");
    Parts.rows(
        c,
        finance,
        ACTIVITY,
        COLUMNS,
        new String[][] {
          {
            "Implementar el modelo de alivios y acuerdos de pago para beneficiarios en mora",
            "Modelo implementado y 20.000 acuerdos de pago suscritos",
            "Vicepresidencia de Crédito y Cobranza",
            "30/06/2027"
          },
          {
            "Suscribir alianzas con entidades territoriales para constituir fondos en administración",
            "12 convenios suscritos",
            "Vicepresidencia de Fondos en Administración",
            "30/11/2027"
          },
        });

    var service =
        Parts.chapter(
            c,
            "3",
            "Servicio a la ciudadanía y transformación digital",
            "Objetivo estratégico: ofrecer trámites sencillos, en línea y con respuesta oportuna, y abrir"
                + " la planeación institucional a la participación ciudadana.");
    Parts.rows(
        c,
        service,
        ACTIVITY,
        COLUMNS,
        new String[][] {
          {
            "Habilitar la solicitud y la legalización del crédito completamente en línea, con firma"
                + " electrónica del pagaré",
            "Trámite disponible en línea de principio a fin",
            "Vicepresidencia de Operaciones y Tecnología",
            "31/08/2027"
          },
          {
            "Medir la satisfacción de los usuarios en todos los canales de atención",
            "2 mediciones semestrales publicadas",
            "Oficina Comercial y de Mercadeo",
            "15/12/2027"
          },
          {
            "Publicar para participación ciudadana los planes, los indicadores y el anteproyecto de"
                + " presupuesto en Participa ICETEX",
            "5 consultas publicadas con su informe de respuestas",
            "Oficina Asesora de Planeación",
            "31/12/2027"
          },
        });
    return c;
  }
}
