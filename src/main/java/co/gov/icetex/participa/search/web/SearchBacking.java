package co.gov.icetex.participa.search.web;

import co.gov.icetex.participa.search.Highlighter;
import co.gov.icetex.participa.search.SearchHit;
import co.gov.icetex.participa.search.SearchKind;
import co.gov.icetex.participa.search.SearchResults;
import co.gov.icetex.participa.search.SearchService;
import co.gov.icetex.participa.shared.paging.Paged;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.web.FormErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** /buscar: a GET form (bookmarkable, no server state); results grouped by kind, 20 per page. */
@Named("searchPage")
@RequestScoped
public class SearchBacking {

  static final int PAGE_SIZE = 20;

  @Inject SearchService search;
  @Inject FormErrors formErrors;

  private String q;
  private String page;
  private SearchResults results;

  public void load() {
    if (q == null || q.isBlank()) {
      return;
    }
    try {
      results = search.search(q, pageNumber(), PAGE_SIZE);
    } catch (Refusal e) {
      // Shown by the template's one error summary, first in <main>, with "Error:" in the title.
      formErrors.show("search", e);
    }
  }

  private int pageNumber() {
    try {
      return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  public String pageLink(int number) {
    return "buscar?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&pagina=" + number;
  }

  /** A result's text as safe HTML with the searched words in {@code <mark>}. */
  public String marked(String text) {
    return Highlighter.mark(text, q);
  }

  public boolean isSearched() {
    return results != null;
  }

  public Paged<SearchHit> getHits() {
    return results.hits();
  }

  public List<SearchHit> getConsultations() {
    return results.of(SearchKind.CONSULTATION);
  }

  public List<SearchHit> getParts() {
    return results.of(SearchKind.PART);
  }

  public List<SearchHit> getAnswers() {
    return results.of(SearchKind.ANSWER);
  }

  public long total(String kind) {
    return results.total(SearchKind.valueOf(kind));
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getPagina() {
    return page;
  }

  public void setPagina(String page) {
    this.page = page;
  }
}
