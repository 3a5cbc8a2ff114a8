package co.gov.icetex.participa.moderation.web;

import co.gov.icetex.participa.moderation.application.QueueFilter;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.shared.paging.Filters;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The queue's filters as the URL carries them, read from the request: on the queue itself, and on
 * each observation page opened from it (its links and forms pass them on), so "Volver a las
 * observaciones" and "Siguiente pendiente" keep the list the person was working through. Only these
 * parameters are read, parsed and written back re-encoded ({@link QueueQuery}): nothing else of the
 * request travels.
 *
 * <p>{@code estado} (may repeat): only those states. Without any, {@code ver=todas} lists every
 * state and otherwise ({@code ver=accion}, the default) what needs the person's action.
 */
@Named("queueParams")
@RequestScoped
public class QueueParams {

  public static final String NEEDS_ACTION = "accion";
  public static final String ALL = "todas";
  public static final String STATES = "estados";

  private QueueQuery passedOn;
  private QueueFilter filter;
  private Set<ObservationStatus> states = EnumSet.noneOf(ObservationStatus.class);
  private String view;
  private int page = 1;

  @PostConstruct
  void read() {
    Map<String, String[]> request =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
    for (String value : request.getOrDefault("estado", new String[0])) {
      ObservationStatus s = Filters.parse(value, ObservationStatus::valueOf);
      if (s != null) {
        states.add(s);
      }
    }
    String asked = first(request, "ver");
    // Checked states win (a person who ticks them wants them); "estados" with none ticked is all.
    view =
        !states.isEmpty() ? STATES : ALL.equals(asked) || STATES.equals(asked) ? ALL : NEEDS_ACTION;
    Long consultation = number(first(request, "consulta"));
    Long office = number(first(request, "dependencia"));
    LocalDate dueBy = date(first(request, "vence"));
    StakeholderGroup group = Filters.parse(first(request, "grupo"), StakeholderGroup::valueOf);
    Channel channel = Filters.parse(first(request, "canal"), Channel::valueOf);
    String text = first(request, "q");
    QueueFilter.Sort sort = Filters.parse(first(request, "orden"), QueueFilter.Sort::valueOf);
    Long campaign = number(first(request, "campana"));
    Long p = number(first(request, "pagina"));
    page = p == null || p < 1 || p > Integer.MAX_VALUE ? 1 : p.intValue();
    passedOn = new QueueQuery(page).with("ver", view);
    states.forEach(s -> passedOn.with("estado", s.name()));
    passedOn
        .with("consulta", consultation)
        .with("dependencia", office)
        .with("vence", dueBy)
        .with("grupo", group)
        .with("canal", channel)
        .with("q", text == null || text.isBlank() ? null : text.strip())
        .with("orden", sort)
        .with("campana", campaign);
    filter =
        new QueueFilter(
            consultation,
            null,
            STATES.equals(view) ? states : Set.of(),
            NEEDS_ACTION.equals(view),
            office,
            dueBy,
            group,
            channel,
            text,
            sort,
            campaign);
  }

  public QueueFilter filter() {
    return filter;
  }

  public int getPage() {
    return page;
  }

  public String getView() {
    return view;
  }

  public boolean checked(ObservationStatus status) {
    return states.contains(status);
  }

  /** The filters (not the page) as a query string, without "?"; empty when there are none. */
  public String getQuery() {
    return passedOn.filters();
  }

  /** The filters and the page: where "Volver a las observaciones" returns to. */
  public String getBackQuery() {
    return passedOn.filtersAndPage();
  }

  /** The filters and the page as hidden fields, for the forms of the queue and observation page. */
  public List<QueueQuery.Param> getFields() {
    return passedOn.fields();
  }

  /** The queue's own address with these filters, up to where a pager appends "pagina=N". */
  public String getPageLink() {
    return passedOn.pageLink();
  }

  private static String first(Map<String, String[]> request, String name) {
    String[] values = request.get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  private static Long number(String value) {
    try {
      return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate date(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
