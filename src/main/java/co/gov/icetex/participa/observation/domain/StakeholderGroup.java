package co.gov.icetex.participa.observation.domain;

/**
 * Who the author is, as ICETEX reports participation. Constant names are the public API codes
 * (Spanish, like DIVIPOLA codes); labels come from the bundle as {@code StakeholderGroup.<CODE>}.
 */
public enum StakeholderGroup {
  ESTUDIANTE,
  BENEFICIARIO_CREDITO,
  EGRESADO,
  PADRE_MADRE_ACUDIENTE,
  IES,
  ORGANIZACION,
  CIUDADANO,
  SERVIDOR_PUBLICO,
  OTRO
}
