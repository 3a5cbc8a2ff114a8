package co.gov.icetex.participa.observation.rest;

import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.ObservationSubmission;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import java.util.Arrays;
import java.util.Locale;

/**
 * The JSON body of {@code POST /api/v1/consultations/{slug}/observations}. Codes are strings here
 * so that an unknown code becomes a field error rather than an unreadable request. {@code website}
 * is the honeypot: people never fill it in.
 */
public record ObservationRequest(
    Long partId,
    String authorName,
    String email,
    String stakeholderGroup,
    String department,
    String text,
    Boolean consent,
    Boolean showName,
    String website) {

  ObservationSubmission toSubmission() {
    return new ObservationSubmission(
        partId,
        authorName,
        email,
        group(stakeholderGroup),
        department == null ? null : Department.ofCode(department.strip()).orElse(null),
        text,
        Boolean.TRUE.equals(consent),
        Boolean.TRUE.equals(showName));
  }

  private static StakeholderGroup group(String code) {
    if (code == null) {
      return null;
    }
    String normalized = code.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(StakeholderGroup.values())
        .filter(g -> g.name().equals(normalized))
        .findFirst()
        .orElse(null);
  }
}
