package co.gov.icetex.participa.shared.paging;

import java.util.Locale;
import java.util.function.Function;

/** Optional query filters: absent is no filter; present but unreadable is a 400. */
public final class Filters {

  private Filters() {}

  public static <T> T parse(String value, Function<String, T> parser) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return parser.apply(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public static boolean unparsable(String raw, Object parsed) {
    return raw != null && !raw.isBlank() && parsed == null;
  }
}
