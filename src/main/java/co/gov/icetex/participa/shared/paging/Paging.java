package co.gov.icetex.participa.shared.paging;

import java.util.Optional;

/**
 * The {@code page} and {@code size} query parameters of a list: page from 1, size 1 to {@link
 * Paged#MAX_SIZE}.
 */
public record Paging(int page, int size) {

  /** Empty when either value is not a whole number in range; absent values take the defaults. */
  public static Optional<Paging> parse(String page, String size) {
    try {
      int p = page == null || page.isBlank() ? 1 : Integer.parseInt(page.strip());
      int s = size == null || size.isBlank() ? Paged.DEFAULT_SIZE : Integer.parseInt(size.strip());
      if (p < 1 || s < 1 || s > Paged.MAX_SIZE || (long) (p - 1) * s > Integer.MAX_VALUE) {
        return Optional.empty();
      }
      return Optional.of(new Paging(p, s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
