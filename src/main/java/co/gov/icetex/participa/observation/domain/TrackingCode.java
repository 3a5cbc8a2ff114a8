package co.gov.icetex.participa.observation.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code a citizen uses to follow an observation: {@code OBS-<year>-<number>}, the number padded
 * to six digits and numbered from 1 each year ({@code OBS-2026-000123}).
 */
public record TrackingCode(int year, long number) {

  private static final Pattern FORMAT = Pattern.compile("OBS-(\\d{4})-(\\d{6,})");

  public TrackingCode {
    if (year < 2000 || year > 9999) {
      throw new IllegalArgumentException("Year out of range: " + year);
    }
    if (number < 1) {
      throw new IllegalArgumentException("Tracking numbers start at 1");
    }
  }

  /** Reads a code as people type it: surrounding spaces and lower case are forgiven. */
  public static Optional<TrackingCode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    var matcher = FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new TrackingCode(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2))));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "OBS-%d-%06d", year, number);
  }
}
