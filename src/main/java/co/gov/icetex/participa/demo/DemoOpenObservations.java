package co.gov.icetex.participa.demo;

import co.gov.icetex.participa.answer.domain.Answer;
import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.observation.application.AnswerDeadlines;
import co.gov.icetex.participa.observation.application.TrackingCodeAllocator;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationSubmission;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.observation.domain.TrackingCode;
import co.gov.icetex.participa.observation.domain.Triage;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Settings;
import co.gov.icetex.participa.staff.domain.Office;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * In demo mode, observations in the open on an open consultation (the citizen-service policy):
 * several parts and the whole document, accepted and assigned as they came, one already answered,
 * one not yet triaged (so not shown), one rejected as spam (never shown). Once per database.
 */
@Singleton
@Startup
@DependsOn({"DemoReportLoader"})
public class DemoOpenObservations {

  record Seed(
      String author,
      boolean showName,
      StakeholderGroup group,
      Department department,
      int part,
      String text,
      Triage triage,
      String answer) {}

  static final List<Seed> SEEDS =
      List.of(
          new Seed(
              "Marcela Beltrán",
              true,
              StakeholderGroup.BENEFICIARIO_CREDITO,
              Department.ANTIOQUIA,
              4,
              "Las cartas de cobro usan palabras que nadie entiende. Propongo revisarlas con usuarios antes de enviarlas.",
              Triage.PUBLISHABLE,
              "Incluiremos una prueba con usuarios para cada nueva comunicación de cobro."),
          new Seed(
              "Héctor Julio Salas",
              false,
              StakeholderGroup.EGRESADO,
              Department.SANTANDER,
              6,
              "La línea telefónica debería atender los sábados en la mañana: entre semana trabajo.",
              Triage.PUBLISHABLE,
              null),
          new Seed(
              "Asociación de Padres del Caribe",
              true,
              StakeholderGroup.ORGANIZACION,
              Department.ATLANTICO,
              3,
              "El enfoque diferencial debe nombrar a las personas con discapacidad auditiva y los intérpretes.",
              Triage.PUBLISHABLE,
              null),
          new Seed(
              "Tatiana Lozano",
              true,
              StakeholderGroup.ESTUDIANTE,
              Department.NARINO,
              -1,
              "La política está bien escrita; falta decir cómo se medirá si se cumple.",
              Triage.PUBLISHABLE,
              null),
          new Seed(
              "Ciudadano de Pasto",
              false,
              StakeholderGroup.CIUDADANO,
              Department.NARINO,
              5,
              "Diez días hábiles para responder es mucho para una solicitud de paz y salvo.",
              Triage.PUBLISHABLE,
              null),
          new Seed(
              "Juliana Ocampo",
              true,
              StakeholderGroup.PADRE_MADRE_ACUDIENTE,
              Department.CALDAS,
              6,
              "Sugiero un chat en el portal con horario extendido.",
              null,
              null),
          new Seed(
              "Ofertas Ya",
              true,
              StakeholderGroup.OTRO,
              Department.BOGOTA,
              0,
              "Compre seguidores y me gusta al mejor precio.",
              Triage.SPAM,
              "Publicidad sin relación con la política."));

  static final String MARKER = "demo.open-observations.loaded";
  static final String SLUG = ServicePolicyConsultation.SLUG;

  @Inject Settings settings;
  @Inject AppClock clock;
  @Inject TrackingCodeAllocator codes;
  @Inject Writer writer;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void load() {
    if (!settings.demoContent() || writer.alreadyLoaded()) {
      return;
    }
    int year = clock.today().getYear();
    writer.write(IntStream.range(0, SEEDS.size()).mapToObj(i -> codes.next(year)).toList());
  }

  /**
   * Writes the seeds in one transaction, claimed by a marker so that one of several instances does
   * it.
   */
  @ApplicationScoped
  public static class Writer {

    @PersistenceContext EntityManager em;
    @Inject AppClock clock;
    @Inject AnswerDeadlines deadlines;

    @Transactional
    public boolean alreadyLoaded() {
      return DemoMarkers.isSet(em, MARKER);
    }

    @Transactional
    public void write(List<TrackingCode> reserved) {
      boolean claimed = DemoMarkers.claim(em, MARKER, clock.now());
      Consultation c =
          em.createNamedQuery(Consultation.FIND_BY_SLUG, Consultation.class)
              .setParameter("slug", SLUG)
              .getResultStream()
              .findFirst()
              .orElse(null);
      List<Office> offices = em.createNamedQuery(Office.FIND_ACTIVE, Office.class).getResultList();
      if (!claimed || c == null || offices.isEmpty()) {
        return;
      }
      Office office =
          offices.stream()
              .filter(o -> o.getName().equals("Oficina Asesora de Planeación"))
              .findFirst()
              .orElse(offices.get(0));
      Instant now = clock.now();
      // Received after the window opened and before now, a few hours apart.
      Instant start =
          c.getWindow().getOpensAt().isAfter(now.minus(Duration.ofDays(3)))
              ? c.getWindow().getOpensAt()
              : now.minus(Duration.ofDays(3));
      Duration step = Duration.between(start, now).dividedBy(SEEDS.size() + 1);
      List<ConsultationPart> parts = c.getParts();
      for (int i = 0; i < SEEDS.size(); i++) {
        Seed seed = SEEDS.get(i);
        Instant received = start.plus(step.multipliedBy(i + 1L));
        ConsultationPart part = seed.part() < 0 ? null : parts.get(seed.part() % parts.size());
        var submission =
            new ObservationSubmission(
                part == null ? null : part.getId(),
                seed.author(),
                seed.author().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".")
                    + "@example.co",
                seed.group(),
                seed.department(),
                seed.text(),
                true,
                seed.showName());
        Observation o =
            new Observation(
                reserved.get(i),
                c,
                part,
                submission,
                Channel.WEB,
                received,
                deadlines.dueDateFor(received));
        em.persist(o);
        Instant triaged = received.plus(step.dividedBy(2));
        if (seed.triage() == Triage.SPAM) {
          o.triage(
              Triage.SPAM, seed.answer(), null, null, null, DemoReportWriter.MODERATOR, triaged);
        } else if (seed.triage() == Triage.PUBLISHABLE) {
          o.assignTo(office, DemoReportWriter.MODERATOR, triaged);
          if (seed.answer() != null) {
            var answer =
                new Answer(
                    List.of(o),
                    office,
                    AnswerOutcome.ACCEPTED,
                    seed.answer(),
                    DemoReportWriter.RESPONDER,
                    triaged.plus(step.dividedBy(8)));
            em.persist(answer);
            answer.approve(DemoReportWriter.APPROVER, triaged.plus(step.dividedBy(4)));
            answer.publish(triaged.plus(step.dividedBy(3)));
          }
        }
      }
    }
  }
}
