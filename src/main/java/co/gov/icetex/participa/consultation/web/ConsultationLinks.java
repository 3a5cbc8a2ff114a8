package co.gov.icetex.participa.consultation.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Addresses of the consultation page for other pages, as {@code #{consultationLinks.…}}. A citizen
 * who commented on a part goes back to that part ({@code #parte-<id>}, the anchor the outline
 * writes on every part and table row), not to the top of a document that can be many screens long.
 * The part's id is the anchor because it stays the same when the document is edited or renumbered,
 * so a link kept in a mail or a bookmark still lands on the same part.
 */
@Named("consultationLinks")
@ApplicationScoped
public class ConsultationLinks {

  /** The anchor of a part on the consultation page. */
  public static String anchor(Long partId) {
    return "parte-" + partId;
  }

  /**
   * The consultation page, at the part when there is one: {@code /consulta?c=slug#parte-12}
   * (without the context path, which the page puts in front).
   */
  public String part(String slug, Long partId) {
    String page =
        "/consulta?c=" + URLEncoder.encode(slug == null ? "" : slug, StandardCharsets.UTF_8);
    return partId == null ? page : page + "#" + anchor(partId);
  }
}
