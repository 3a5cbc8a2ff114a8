package co.gov.icetex.participa.opendata;

import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.Settings;
import co.gov.icetex.participa.statistics.Count;
import co.gov.icetex.participa.statistics.Dimension;
import co.gov.icetex.participa.statistics.ParticipationStatistics;
import co.gov.icetex.participa.statistics.StatisticsFilter;
import co.gov.icetex.participa.statistics.StatisticsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the rows of each open dataset from public content only: published consultations and their
 * parts, published answers (through {@link PublishedAnswer}, so redacted and without e-mails or
 * names shown without consent) and the statistics. At the portal's scale (thousands of rows) a
 * dataset is built in memory in one request; past hundreds of thousands it should be streamed page
 * by page.
 */
@ApplicationScoped
@Transactional
public class DatasetService {

  @PersistenceContext EntityManager em;
  @Inject PublishedAnswers answers;
  @Inject StatisticsService statistics;
  @Inject AppClock clock;
  @Inject Settings settings;

  /** The rows of {@code dataset}; {@code filter} narrows the answers and statistics datasets. */
  public DatasetRows rows(Dataset dataset, StatisticsFilter filter) {
    List<List<Object>> rows =
        switch (dataset) {
          case CONSULTATIONS -> consultations();
          case PARTS -> parts();
          case ANSWERS -> answers(filter);
          case STATISTICS -> statistics(filter);
        };
    return new DatasetRows(dataset, rows);
  }

  private String consultationUrl(String slug) {
    return settings.baseUrl() + "/consulta?c=" + slug;
  }

  private List<List<Object>> consultations() {
    Instant now = clock.now();
    Map<Long, Long> partCounts = new HashMap<>();
    em.createQuery(
            "SELECT p.consultation.id, COUNT(p) FROM ConsultationPart p GROUP BY p.consultation.id",
            Object[].class)
        .getResultList()
        .forEach(r -> partCounts.put((Long) r[0], (Long) r[1]));
    return em
        .createQuery(
            "SELECT c FROM Consultation c WHERE c.published = TRUE ORDER BY c.year DESC, c.slug",
            Consultation.class)
        .getResultList()
        .stream()
        .map(
            c ->
                row(
                    c.getSlug(),
                    c.getTitle(),
                    c.getType().name(),
                    Messages.get("ConsultationType." + c.getType().name()),
                    c.getYear(),
                    c.getOffice(),
                    c.getSummary(),
                    c.phaseAt(now).name(),
                    c.getWindow().getOpensAt(),
                    c.getWindow().getClosesAt(),
                    c.getContentVersion(),
                    c.getPublishedAt(),
                    partCounts.getOrDefault(c.getId(), 0L),
                    consultationUrl(c.getSlug())))
        .toList();
  }

  private List<List<Object>> parts() {
    return em
        .createQuery(
            "SELECT p, parent.id FROM ConsultationPart p JOIN FETCH p.consultation c LEFT JOIN p.parent parent"
                + " WHERE c.published = TRUE ORDER BY c.year DESC, c.slug, p.position",
            Object[].class)
        .getResultList()
        .stream()
        .map(
            r -> {
              var p = (ConsultationPart) r[0];
              String slug = p.getConsultation().getSlug();
              String fields =
                  p.getFields().stream()
                      .map(f -> f.label() + ": " + f.value())
                      .collect(Collectors.joining(" | "));
              return row(
                  slug,
                  p.getId(),
                  r[1],
                  p.getPosition(),
                  p.getDepth(),
                  p.getKind().name(),
                  p.getNumberLabel(),
                  p.getTitle(),
                  p.getBody(),
                  fields.isEmpty() ? null : fields,
                  consultationUrl(slug) + "#parte-" + p.getId());
            })
        .toList();
  }

  private List<List<Object>> answers(StatisticsFilter filter) {
    return answers.all(new AnswerFilter(null, null, filter.year(), filter.type())).stream()
        .map(
            a ->
                row(
                    a.trackingCode(),
                    a.consultationSlug(),
                    a.consultationTitle(),
                    a.consultationYear(),
                    a.consultationType(),
                    a.partId(),
                    a.partLabel(),
                    a.receivedAt(),
                    a.stakeholderGroup(),
                    a.departmentCode(),
                    Department.ofCode(a.departmentCode())
                        .map(Department::getDisplayName)
                        .orElse(null),
                    a.channel(),
                    a.author(),
                    a.text(),
                    a.outcome(),
                    a.answerText(),
                    a.office(),
                    a.publishedAt(),
                    a.dueDate(),
                    a.onTime(),
                    settings.baseUrl() + "/" + a.partUrl(),
                    a.observationCount(),
                    String.join(" ", a.campaignMembers())))
        .toList();
  }

  /**
   * The figures of the statistics page, one per row: the total, each breakdown, the answers, then
   * those in campaigns.
   */
  private List<List<Object>> statistics(StatisticsFilter filter) {
    ParticipationStatistics s = statistics.compute(filter);
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("TOTAL", "OBSERVATIONS", Messages.get("statistics.total"), s.observations(), 100));
    for (Dimension d : Dimension.values()) {
      for (Count c : s.by(d)) {
        rows.add(row(d.name(), c.code(), c.label(), c.value(), c.percent()));
      }
    }
    rows.add(
        row(
            "ANSWERS",
            "PUBLISHED",
            Messages.get("statistics.answers.published"),
            s.answered(),
            100));
    rows.add(
        row(
            "ANSWERS",
            "ON_TIME",
            Messages.get("statistics.answers.onTime"),
            s.onTime(),
            s.onTimePercent()));
    rows.add(
        row(
            "TOTAL",
            "IN_CAMPAIGNS",
            Messages.get("statistics.inCampaigns"),
            s.inCampaigns(),
            s.observations() == 0
                ? 0
                : (int) Math.round(100.0 * s.inCampaigns() / s.observations())));
    return rows;
  }

  private static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }
}
