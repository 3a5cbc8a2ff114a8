package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.Triage;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.audit.AuditEvent;
import co.gov.icetex.participa.shared.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The history an observation page lists: the observation's audited steps and its answer's, in time
 * order, each as a sentence; an assignment names the office ("Asignó la observación a Dirección de
 * Crédito").
 */
@ApplicationScoped
public class ReviewHistory {

  /** The entry {@code Observation.auditState} writes for the office (its name). */
  private static final String OFFICE_ENTRY = "office=";

  @Inject AuditLog audit;

  public record Line(Instant at, String actor, String text) {}

  public List<Line> of(Observation o) {
    List<AuditEvent> events = new ArrayList<>(audit.trail("Observation", o.getTrackingCode()));
    if (o.getAnswerId() != null) {
      events.addAll(audit.trail("Answer", o.getAnswerId().toString()));
      events.sort(Comparator.comparing(AuditEvent::getAt).thenComparing(AuditEvent::getId));
    }
    return events.stream().map(e -> new Line(e.getAt(), e.getActor(), text(e))).toList();
  }

  static String text(AuditEvent e) {
    String office = "OBSERVATION_ASSIGNED".equals(e.getAction()) ? office(e.getAfterState()) : null;
    if (office != null) {
      return Messages.get("review.history.assigned", office);
    }
    if ("OBSERVATION_TRIAGED".equals(e.getAction())
        && ("triage=" + Triage.PUBLISHABLE).equals(entry(e.getAfterState(), "triage="))) {
      return Messages.get("review.history.admitted");
    }
    return Messages.get("audit.action." + e.getAction());
  }

  /** The office named in an audited state, or null. */
  static String office(String state) {
    String entry = entry(state, OFFICE_ENTRY);
    return entry == null ? null : entry.substring(OFFICE_ENTRY.length());
  }

  /** The entry of an audited state that starts with {@code prefix}, or null. */
  private static String entry(String state, String prefix) {
    if (state == null) {
      return null;
    }
    for (String entry : state.split("; ")) {
      if (entry.startsWith(prefix)) {
        return entry;
      }
    }
    return null;
  }
}
