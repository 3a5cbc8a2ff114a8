package co.gov.icetex.participa.search;

import co.gov.icetex.participa.answer.domain.AnswerStatus;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.List;

/** Rebuilds the search entries of one consultation, in a transaction of its own. */
@ApplicationScoped
public class SearchIndexWriter {

  private static final int ROWS_PER_INSERT = 100;

  /** One row of {@code search_entry}. */
  record Entry(SearchKind kind, long targetId, int position, String title, String text) {}

  @PersistenceContext EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  public void rebuild(long consultationId, String signature) {
    em.createNativeQuery(
            "INSERT IGNORE INTO search_source (consultation_id, signature, indexed_at) VALUES (?, '', UTC_TIMESTAMP(6))")
        .setParameter(1, consultationId)
        .executeUpdate();
    // The row lock serialises instances: the second one finds the work done and stops.
    Object current =
        em.createNativeQuery(
                "SELECT signature FROM search_source WHERE consultation_id = ? FOR UPDATE")
            .setParameter(1, consultationId)
            .getSingleResult();
    if (signature.equals(current)) {
      return;
    }
    em.createNativeQuery("DELETE FROM search_entry WHERE consultation_id = ?")
        .setParameter(1, consultationId)
        .executeUpdate();
    Consultation c = em.find(Consultation.class, consultationId);
    if (c != null && !c.isDraft()) {
      insert(consultationId, entriesOf(c));
    }
    em.createNativeQuery(
            "UPDATE search_source SET signature = ?, indexed_at = UTC_TIMESTAMP(6) WHERE consultation_id = ?")
        .setParameter(1, signature)
        .setParameter(2, consultationId)
        .executeUpdate();
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void drop(long consultationId) {
    em.createNativeQuery("DELETE FROM search_entry WHERE consultation_id = ?")
        .setParameter(1, consultationId)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM search_source WHERE consultation_id = ?")
        .setParameter(1, consultationId)
        .executeUpdate();
  }

  private List<Entry> entriesOf(Consultation c) {
    List<Entry> entries = new ArrayList<>();
    entries.add(
        new Entry(
            SearchKind.CONSULTATION,
            c.getId(),
            0,
            c.getTitle(),
            String.join(
                " ",
                c.getSummary(),
                c.getOffice(),
                Messages.get("ConsultationType." + c.getType().name()),
                Integer.toString(c.getYear()))));
    em.createQuery(
            "SELECT p FROM ConsultationPart p WHERE p.consultation = :c ORDER BY p.position",
            ConsultationPart.class)
        .setParameter("c", c)
        .getResultList()
        .forEach(
            p ->
                entries.add(
                    new Entry(
                        SearchKind.PART, p.getId(), p.getPosition(), p.getLabel(), partText(p))));
    em.createQuery(
            "SELECT o.id, o.text, a.text FROM Observation o, Answer a WHERE a.id = o.answerId"
                + " AND o.consultation = :c AND a.status = :answerStatus AND o.status = :status"
                + " ORDER BY o.id",
            Object[].class)
        .setParameter("c", c)
        .setParameter("answerStatus", AnswerStatus.PUBLISHED)
        .setParameter("status", ObservationStatus.PUBLISHED)
        .getResultList()
        .forEach(
            r ->
                entries.add(
                    new Entry(
                        SearchKind.ANSWER,
                        (Long) r[0],
                        0,
                        "",
                        // Redacted before folding: searching for an e-mail or a number must not
                        // find who wrote it.
                        PersonalData.redact((String) r[1])
                            + " "
                            + PersonalData.redact((String) r[2]))));
    return entries;
  }

  private static String partText(ConsultationPart p) {
    var text = new StringBuilder(p.getBody() == null ? "" : p.getBody());
    for (PartField f : p.getFields()) {
      text.append(' ').append(f.label()).append(' ').append(f.value());
    }
    return text.toString();
  }

  private void insert(long consultationId, List<Entry> entries) {
    for (int from = 0; from < entries.size(); from += ROWS_PER_INSERT) {
      List<Entry> chunk = entries.subList(from, Math.min(entries.size(), from + ROWS_PER_INSERT));
      var sql =
          new StringBuilder(
              "INSERT INTO search_entry (consultation_id, kind, target_id, position, title_folded, text_folded) VALUES ");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
      }
      var q = em.createNativeQuery(sql.toString());
      int n = 1;
      for (Entry e : chunk) {
        q.setParameter(n++, consultationId);
        q.setParameter(n++, e.kind().name());
        q.setParameter(n++, e.targetId());
        q.setParameter(n++, e.position());
        q.setParameter(n++, truncate(SearchText.fold(e.title()), 1000));
        q.setParameter(n++, SearchText.fold(e.text()));
      }
      q.executeUpdate();
    }
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
