package co.gov.icetex.participa.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Spanish text compared the way people expect: accents and case aside ("Título" matches "titulo"),
 * and the URL slugs made from titles.
 */
public final class Folding {

  private Folding() {}

  /** Without accents, trimmed, in lower case; "" for null. */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /** A URL slug: folded, letters and digits joined by hyphens, at most {@code maxLength} long. */
  public static String slug(String title, int maxLength) {
    String slug = fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.length() > maxLength ? slug.substring(0, maxLength).replaceAll("-+$", "") : slug;
  }
}
