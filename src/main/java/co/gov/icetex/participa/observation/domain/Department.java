package co.gov.icetex.participa.observation.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 33 first-level divisions of Colombia (32 departments and Bogotá D.C.) with their DIVIPOLA
 * codes (DANE). Names are proper nouns and part of the code list, so they live here rather than in
 * the bundle.
 */
public enum Department {
  ANTIOQUIA("05", "Antioquia"),
  ATLANTICO("08", "Atlántico"),
  BOGOTA("11", "Bogotá, D.C."),
  BOLIVAR("13", "Bolívar"),
  BOYACA("15", "Boyacá"),
  CALDAS("17", "Caldas"),
  CAQUETA("18", "Caquetá"),
  CAUCA("19", "Cauca"),
  CESAR("20", "Cesar"),
  CORDOBA("23", "Córdoba"),
  CUNDINAMARCA("25", "Cundinamarca"),
  CHOCO("27", "Chocó"),
  HUILA("41", "Huila"),
  LA_GUAJIRA("44", "La Guajira"),
  MAGDALENA("47", "Magdalena"),
  META("50", "Meta"),
  NARINO("52", "Nariño"),
  NORTE_DE_SANTANDER("54", "Norte de Santander"),
  QUINDIO("63", "Quindío"),
  RISARALDA("66", "Risaralda"),
  SANTANDER("68", "Santander"),
  SUCRE("70", "Sucre"),
  TOLIMA("73", "Tolima"),
  VALLE_DEL_CAUCA("76", "Valle del Cauca"),
  ARAUCA("81", "Arauca"),
  CASANARE("85", "Casanare"),
  PUTUMAYO("86", "Putumayo"),
  SAN_ANDRES("88", "Archipiélago de San Andrés, Providencia y Santa Catalina"),
  AMAZONAS("91", "Amazonas"),
  GUAINIA("94", "Guainía"),
  GUAVIARE("95", "Guaviare"),
  VAUPES("97", "Vaupés"),
  VICHADA("99", "Vichada");

  private final String code;
  private final String displayName;

  Department(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /** All departments sorted by name, as forms list them. */
  public static java.util.List<Department> byName() {
    return java.util.Arrays.stream(values())
        .sorted(java.util.Comparator.comparing(Department::getDisplayName))
        .toList();
  }

  public static Optional<Department> ofCode(String code) {
    return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
  }

  public String getCode() {
    return code;
  }

  public String getDisplayName() {
    return displayName;
  }
}
