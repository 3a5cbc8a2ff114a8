package co.gov.icetex.participa.staff.web;

import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.audit.AuditEvent;
import co.gov.icetex.participa.shared.audit.AuditLog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Administrators browse the audit trail, filtered by person, action and Bogotá dates (GET,
 * bookmarkable).
 */
@Named("auditTrail")
@RequestScoped
public class AuditTrailBacking {

  @Inject AuditLog audit;

  private String actor;
  private String action;
  private String from;
  private String until;
  private int page;
  private List<AuditEvent> events = List.of();
  private List<String> actions = List.of();

  public void load() {
    var filter = new AuditLog.Filter(actor, action, startOf(from, 0), startOf(until, 1));
    events = audit.search(filter, page);
    actions = audit.actions();
  }

  private static Instant startOf(String date, int plusDays) {
    try {
      return date == null || date.isBlank()
          ? null
          : LocalDate.parse(date).plusDays(plusDays).atStartOfDay(AppClock.BOGOTA).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public String pageLink(int target) {
    return "?actor="
        + enc(actor)
        + "&accion="
        + enc(action)
        + "&desde="
        + enc(from)
        + "&hasta="
        + enc(until)
        + "&pagina="
        + Math.max(0, target);
  }

  private static String enc(String s) {
    return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  public boolean isHasMore() {
    return events.size() == AuditLog.PAGE_SIZE;
  }

  public List<AuditEvent> getEvents() {
    return events;
  }

  public List<String> getActions() {
    return actions;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, page);
  }
}
