package co.gov.icetex.participa.moderation.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The queue's filters and page as the links and forms of the queue and observation pages pass them
 * on: only the parameters {@link QueueParams} read, as it understood them, re-encoded. Page 1 is
 * not written, so the first page has one address.
 */
public final class QueueQuery {

  /** Parameter name and value pairs, in the order links write them. */
  public record Param(String name, String value) {}

  private final List<Param> filters = new ArrayList<>();
  private final int page;

  QueueQuery(int page) {
    this.page = page;
  }

  /**
   * Adds the filter {@code name} with {@code value}'s text; an absent (null) value adds nothing.
   */
  QueueQuery with(String name, Object value) {
    if (value != null) {
      filters.add(new Param(name, value.toString()));
    }
    return this;
  }

  /** The filters (not the page) as a query string, without "?"; empty when there are none. */
  String filters() {
    return filters.stream()
        .map(p -> p.name() + "=" + URLEncoder.encode(p.value(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** The filters and the page: where "Volver a las observaciones" returns to. */
  String filtersAndPage() {
    String query = filters();
    return page == 1 ? query : (query.isEmpty() ? "" : query + "&") + "pagina=" + page;
  }

  /** The filters and the page as hidden fields, for the forms of the queue and observation page. */
  List<Param> fields() {
    List<Param> fields = new ArrayList<>(filters);
    if (page != 1) {
      fields.add(new Param("pagina", Integer.toString(page)));
    }
    return fields;
  }

  /** The queue's own address with these filters, up to where a pager appends "pagina=N". */
  String pageLink() {
    String query = filters();
    return "?" + (query.isEmpty() ? "" : query + "&");
  }
}
