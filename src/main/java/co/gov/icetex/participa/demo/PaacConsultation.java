package co.gov.icetex.participa.demo;

import co.gov.icetex.participa.consultation.domain.CommentWindow;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import java.time.Instant;

/** The Plan Anticorrupción y de Atención al Ciudadano 2020, imported from the seed document. */
final class PaacConsultation {

  static final String SLUG = "paac-2020";

  private static final String SUMMARY =
      "Proyecto del Plan Anticorrupción y de Atención al Ciudadano (PAAC) del ICETEX para la vigencia"
          + " 2020, que se publica para participación ciudadana antes de su adopción, como lo exige el"
          + " artículo 73 de la Ley 1474 de 2011. Reúne los planes de trabajo de gestión de riesgos de"
          + " corrupción, racionalización de trámites, rendición de cuentas, servicio al ciudadano,"
          + " transparencia y acceso a la información pública, participación ciudadana, integridad y"
          + " conflictos de interés. Puede comentar el plan completo, un componente o cada actividad.";

  private PaacConsultation() {}

  static Consultation build(CommentWindow window, Instant now) {
    var c =
        new Consultation(
            SLUG,
            ConsultationType.PAAC,
            "Plan Anticorrupción y de Atención al Ciudadano 2020",
            SUMMARY,
            2020,
            "Oficina Asesora de Planeación",
            window,
            now);
    Parts.addOutline(c, null, PaacSeedParser.parseResource().parts());
    return c;
  }
}
