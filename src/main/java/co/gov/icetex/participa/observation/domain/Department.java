package co.gov.icetex.participa.observation.domain;

import co.gov.icetex.participa.shared.Messages;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a person lives: the 33 first-level divisions of Colombia (32 departments and Bogotá D.C.)
 * with their DIVIPOLA codes (DANE), and two answers that are not divisions: abroad (many
 * beneficiaries study outside Colombia) and "rather not say" (Ley 1581: where one lives is not
 * needed to comment, so a person may keep it). Those two have codes outside DANE's numeric range
 * ({@code EX}, {@code ND}), so statistics and open data keep real DANE codes for real departments
 * and still fit the two-character column. Division names are proper nouns and part of the code
 * list, so they live here; the two others are UI text, in the bundle ({@code Department.EX}).
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
  VICHADA("99", "Vichada"),
  ABROAD("EX", null),
  UNDISCLOSED("ND", null);

  /** Spanish order, accents and case ignored: "Córdoba" before "Cundinamarca", as people look. */
  private static final Comparator<Department> BY_SPANISH_NAME =
      Comparator.comparing(Department::getDisplayName, spanishCollator());

  private final String code;
  private final String displayName;

  Department(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * The choices of a form: the divisions in Spanish alphabetical order, then abroad and "rather not
   * say" at the end, where a person who is in neither list looks for them.
   */
  public static List<Department> byName() {
    return Stream.concat(
            Arrays.stream(values()).filter(Department::isDivision).sorted(BY_SPANISH_NAME),
            Stream.of(ABROAD, UNDISCLOSED))
        .toList();
  }

  private static Collator spanishCollator() {
    Collator collator = Collator.getInstance(Messages.LOCALE);
    collator.setStrength(Collator.PRIMARY);
    return collator;
  }

  public static Optional<Department> ofCode(String code) {
    return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
  }

  public String getCode() {
    return code;
  }

  /** Whether this is a division of Colombia with a DANE code (not abroad, not undisclosed). */
  public boolean isDivision() {
    return displayName != null;
  }

  /**
   * The name shown in forms, statistics, reports and open data (abroad and undisclosed from the
   * bundle, where their wording is kept with the rest of the UI).
   */
  public String getDisplayName() {
    return displayName != null ? displayName : Messages.get("Department." + code);
  }
}
