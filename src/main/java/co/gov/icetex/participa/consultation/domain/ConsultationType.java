package co.gov.icetex.participa.consultation.domain;

/**
 * What kind of document is published for comment. The constant names are the public codes of the
 * API (Spanish domain codes, like DIVIPOLA codes), so they are not translated.
 */
public enum ConsultationType {
  PLAN_ACCION,
  PAAC,
  INDICADORES_ESTRATEGICOS,
  ANTEPROYECTO_PRESUPUESTO,
  INFORME_RENDICION_CUENTAS,
  PLAN_RACIONALIZACION_TRAMITES,
  PROYECTO_NORMATIVO,
  /**
   * Suggestions of topics and questions for the accountability hearing (see the hearing feature).
   */
  AUDIENCIA_RENDICION_CUENTAS,
  OTRO
}
