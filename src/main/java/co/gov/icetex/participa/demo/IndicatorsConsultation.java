package co.gov.icetex.participa.demo;

import static co.gov.icetex.participa.consultation.domain.PartKind.INDICATOR;

import co.gov.icetex.participa.consultation.domain.CommentWindow;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import java.time.Instant;
import java.util.List;

/** Demo content: the strategic corporate indicators, each with baseline, target and formula. */
final class IndicatorsConsultation {

  static final String SLUG = "indicadores-estrategicos-2027";

  static final List<String> COLUMNS =
      List.of("Indicador", "Línea base", "Meta", "Fórmula", "Periodicidad");

  private IndicatorsConsultation() {}

  static Consultation build(CommentWindow window, Instant now) {
    var c =
        new Consultation(
            SLUG,
            ConsultationType.INDICADORES_ESTRATEGICOS,
            "Indicadores estratégicos corporativos 2027",
            "Propuesta de los indicadores con los que el ICETEX medirá en 2027 el cumplimiento de su plan"
                + " estratégico. Para cada indicador se publica la línea base, la meta, la fórmula de"
                + " cálculo y la periodicidad de medición. Díganos si miden lo que importa y si las metas"
                + " son suficientemente ambiciosas.",
            2027,
            "Oficina Asesora de Planeación",
            window,
            now);

    var access =
        Parts.chapter(
            c,
            "1",
            "Acceso con equidad",
            "Indicadores sobre quiénes acceden al crédito educativo y cuántos terminan sus estudios.");
    Parts.rows(
        c,
        access,
        INDICATOR,
        COLUMNS,
        new String[][] {
          {
            "Porcentaje de créditos educativos adjudicados a estratos 1, 2 y 3",
            "82,4 % (2025)",
            "85 %",
            "(Créditos adjudicados a beneficiarios de estratos 1, 2 y 3 / Total de créditos"
                + " adjudicados) x 100",
            "Trimestral"
          },
          {
            "Número de nuevos beneficiarios residentes en municipios PDET",
            "6.120 (2025)",
            "7.000",
            "Suma de beneficiarios nuevos cuya residencia está en un municipio PDET",
            "Semestral"
          },
          {
            "Tasa de deserción de beneficiarios de pregrado",
            "9,8 % (2025)",
            "9 % o menos",
            "(Beneficiarios que abandonan sus estudios en el periodo / Beneficiarios activos al"
                + " inicio del periodo) x 100",
            "Semestral"
          },
        });

    var finance =
        Parts.chapter(
            c,
            "2",
            "Sostenibilidad financiera",
            "Indicadores sobre la salud de la cartera y los recursos que terceros confían al ICETEX.");
    Parts.rows(
        c,
        finance,
        INDICATOR,
        COLUMNS,
        new String[][] {
          {
            "Índice de cartera vencida",
            "11,2 % (2025)",
            "10 %",
            "(Saldo de cartera con mora mayor a 30 días / Saldo total de cartera) x 100",
            "Mensual"
          },
          {
            "Recursos administrados en fondos de terceros",
            "$ 3,1 billones (2025)",
            "$ 3,4 billones",
            "Saldo de los fondos en administración al cierre del periodo",
            "Trimestral"
          },
        });

    var service =
        Parts.chapter(
            c,
            "3",
            "Servicio a la ciudadanía",
            "Indicadores sobre la oportunidad y la calidad de la atención y de la participación.");
    Parts.rows(
        c,
        service,
        INDICATOR,
        COLUMNS,
        new String[][] {
          {
            "Porcentaje de peticiones (PQRSD) respondidas dentro del término legal",
            "93,5 % (2025)",
            "98 %",
            "(PQRSD respondidas a tiempo / PQRSD con vencimiento en el periodo) x 100",
            "Mensual"
          },
          {
            "Nivel de satisfacción de los usuarios con los canales de atención",
            "4,1 sobre 5 (2025)",
            "4,3 sobre 5",
            "Promedio de la calificación de la encuesta de satisfacción en todos los" + " canales",
            "Semestral"
          },
          {
            "Porcentaje de observaciones ciudadanas respondidas en las consultas publicadas",
            "Indicador nuevo, sin línea base",
            "100 %",
            "(Observaciones con respuesta publicada / Observaciones publicables recibidas) x 100",
            "Por consulta"
          },
        });
    return c;
  }
}
