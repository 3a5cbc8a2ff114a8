package co.gov.icetex.participa.answer.application;

import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.staff.application.OfficeDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The options staff pick from in moderation and answer forms. */
@ApplicationScoped
public class StaffChoices {

  @PersistenceContext EntityManager em;
  @Inject OfficeDirectory offices;

  public record Choice(long id, String label) {}

  @Transactional
  public List<Choice> publishedConsultations() {
    return em.createQuery(
            "SELECT c FROM Consultation c WHERE c.published = TRUE ORDER BY c.year DESC, c.title",
            Consultation.class)
        .getResultStream()
        .map(c -> new Choice(c.getId(), c.getTitle() + " (" + c.getYear() + ")"))
        .toList();
  }

  public List<Choice> activeOffices() {
    return offices.activeOffices().stream().map(f -> new Choice(f.getId(), f.getName())).toList();
  }
}
