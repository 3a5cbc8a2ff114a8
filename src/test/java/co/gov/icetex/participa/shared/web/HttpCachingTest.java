package co.gov.icetex.participa.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpCachingTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theEntityTagIsWeakAndFollowsTheContent() {
    String tag = HttpCaching.etagOf(utf8("<html>uno</html>"));
    assertTrue(tag.startsWith("W/\"") && tag.endsWith("\""), tag);
    assertEquals(
        tag,
        HttpCaching.etagOf(utf8("<html>uno</html>")),
        "the same body, the same tag on any instance");
    assertNotEquals(tag, HttpCaching.etagOf(utf8("<html>dos</html>")));
  }

  @Test
  void ifNoneMatchComparesWeakly() {
    String tag = HttpCaching.etagOf(utf8("x"));
    String opaque = tag.substring(2);
    assertTrue(HttpCaching.matches(tag, tag));
    assertTrue(
        HttpCaching.matches(opaque, tag), "a strong form of the same tag (nginx may send either)");
    assertTrue(HttpCaching.matches("W/\"other\", " + tag, tag), "one of a list");
    assertTrue(HttpCaching.matches("*", tag));
    assertFalse(HttpCaching.matches("W/\"other\"", tag));
    assertFalse(HttpCaching.matches(null, tag));
    assertFalse(HttpCaching.matches(" ", tag));
  }
}
