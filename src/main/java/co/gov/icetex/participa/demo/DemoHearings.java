package co.gov.icetex.participa.demo;

import co.gov.icetex.participa.answer.domain.Answer;
import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.consultation.domain.CommentWindow;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import co.gov.icetex.participa.hearing.application.MemoriaSnapshots;
import co.gov.icetex.participa.hearing.domain.AttendanceMode;
import co.gov.icetex.participa.hearing.domain.Hearing;
import co.gov.icetex.participa.hearing.domain.HearingRegistration;
import co.gov.icetex.participa.hearing.domain.MaterialKind;
import co.gov.icetex.participa.hearing.domain.Memoria;
import co.gov.icetex.participa.hearing.domain.RegistrationRequest;
import co.gov.icetex.participa.hearing.domain.SurveyAnswer;
import co.gov.icetex.participa.hearing.domain.SurveyResponse;
import co.gov.icetex.participa.observation.application.AnswerDeadlines;
import co.gov.icetex.participa.observation.application.TrackingCodeAllocator;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationSubmission;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Folding;
import co.gov.icetex.participa.shared.LinkSecrets;
import co.gov.icetex.participa.shared.Settings;
import co.gov.icetex.participa.shared.StoredFile;
import co.gov.icetex.participa.staff.domain.Office;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo hearings, loaded once per database (marker {@code demo.hearings.loaded}) through the real
 * domain: one held 40 days ago with its whole cycle (questions answered and published,
 * registrations, evaluations, memoria), and one in 20 days open for questions and registration.
 */
@Singleton
@Startup
@DependsOn({"DemoContentLoader", "StaffBootstrap"})
public class DemoHearings {

  static final String MARKER = "demo.hearings.loaded";
  private static final Logger LOG = Logger.getLogger(DemoHearings.class.getName());
  private static final String OFFICE = "Oficina Asesora de Planeación";

  @PersistenceContext EntityManager em;
  @Inject Settings settings;
  @Inject AppClock clock;
  @Inject TrackingCodeAllocator codes;
  @Inject AnswerDeadlines deadlines;
  @Inject MemoriaSnapshots snapshots;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void load() {
    if (!settings.demoContent() || loaded()) {
      return;
    }
    Instant now = clock.now();
    try {
      em.createNativeQuery("INSERT INTO app_setting (name, value) VALUES (?1, ?2)")
          .setParameter(1, MARKER)
          .setParameter(2, now.toString())
          .executeUpdate();
    } catch (PersistenceException e) {
      return; // another instance is loading them
    }
    Office office =
        em.createQuery("SELECT o FROM Office o WHERE o.name = :n", Office.class)
            .setParameter("n", OFFICE)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (office == null) {
      LOG.warning("Demo hearings need the demo offices; skipped");
      return;
    }
    pastHearing(now, office);
    upcomingHearing(now);
    LOG.info("Demo hearings loaded");
  }

  private boolean loaded() {
    Number n =
        (Number)
            em.createNativeQuery("SELECT COUNT(*) FROM app_setting WHERE name = ?1")
                .setParameter(1, MARKER)
                .getSingleResult();
    return n.longValue() > 0;
  }

  private static Instant bogota(LocalDate day, int hour) {
    return day.atTime(LocalTime.of(hour, 0)).atZone(AppClock.BOGOTA).toInstant();
  }

  private void pastHearing(Instant now, Office office) {
    LocalDate day = clock.today().minusDays(40);
    Instant starts = bogota(day, 9);
    Instant ends = bogota(day, 12);
    var questions =
        new Consultation(
            "audiencia-rendicion-cuentas-2025-preguntas",
            ConsultationType.AUDIENCIA_RENDICION_CUENTAS,
            "Preguntas y temas para: Audiencia pública de rendición de cuentas 2025",
            "Sugerencias de temas y preguntas para la audiencia pública de rendición de cuentas 2025 del ICETEX.",
            day.getYear(),
            OFFICE,
            new CommentWindow(bogota(day.minusDays(30), 0), bogota(day.minusDays(2), 0)),
            now);
    questions.publish(Duration.ZERO, null, now);
    em.persist(questions);

    var hearing =
        new Hearing(
            "audiencia-rendicion-cuentas-2025",
            "Audiencia pública de rendición de cuentas 2025",
            "El ICETEX presenta los resultados de su gestión, el avance del PAAC y de los indicadores estratégicos, y responde las preguntas de la ciudadanía.",
            day.getYear(),
            starts,
            ends,
            now);
    hearing.locate(
        "Auditorio ICETEX, Carrera 3 # 18-32, Bogotá", "https://www.youtube.com/@ICETEXColombia");
    hearing.openWindows(120, 1000, starts, ends.plus(Duration.ofDays(15)));
    hearing.takeQuestionsThrough(questions);
    agenda(hearing);
    hearing.addMaterial(
        MaterialKind.MANAGEMENT_REPORT,
        "Informe de gestión 2025",
        pdf(
            "Informe de gestión 2025",
            "Resultados de la gestión del ICETEX en la vigencia: créditos otorgados, renovaciones, alivios y atención al ciudadano."));
    hearing.addMaterial(
        MaterialKind.PAAC_RESULTS,
        "Resultados del PAAC 2025",
        pdf(
            "Resultados del PAAC 2025",
            "Avance de las actividades del Plan Anticorrupción y de Atención al Ciudadano por componente."));
    hearing.addMaterial(
        MaterialKind.PRESENTATION,
        "Presentación de la audiencia",
        pdf(
            "Presentación de la audiencia",
            "Diapositivas presentadas durante la audiencia pública."));
    hearing.publish(now);
    em.persist(hearing);

    String[][] asked = {
      {
        "Laura Gómez",
        "true",
        "ESTUDIANTE",
        "11",
        "¿Cuántos créditos nuevos se otorgaron en 2025 y para qué niveles de formación?",
        "ACCEPTED",
        "En 2025 se otorgaron créditos para pregrado, posgrado y formación técnica; el detalle por nivel está en la página 12 del informe de gestión."
      },
      {
        "Carlos Pérez",
        "false",
        "BENEFICIARIO_CREDITO",
        "05",
        "¿Qué alivios hubo para quienes perdieron el empleo? Mi correo es carlos.perez@correo.com y mi celular 300 123 4567.",
        "PARTIALLY_ACCEPTED",
        "Se aplicaron periodos de gracia y reducción de tasas; para su caso particular le escribiremos por el canal de PQRSD."
      },
      {
        "Fundación Educar",
        "true",
        "ORGANIZACION",
        "76",
        "Sugerimos presentar los resultados del PAAC por regiones.",
        "ACCEPTED",
        "Incluiremos el avance por regiones en la próxima audiencia; es un compromiso de mejora de esta memoria."
      },
      {
        "María Rodríguez",
        "false",
        "PADRE_MADRE_ACUDIENTE",
        "08",
        "¿Por qué tarda tanto el desembolso a las universidades?",
        "NOT_ACCEPTED",
        "Los desembolsos se hacen en los plazos del reglamento de crédito; los retrasos de 2025 se explicaron en la sección 4 del informe."
      }
    };
    int i = 0;
    for (String[] q : asked) {
      Instant received =
          i < 2 ? bogota(day.minusDays(10 + i), 10) : starts.plus(Duration.ofMinutes(30 + i));
      Channel channel = i < 2 ? Channel.EMAIL : Channel.HEARING;
      var submission =
          new ObservationSubmission(
              null,
              q[0],
              "demo+audiencia" + i + "@participa.test",
              StakeholderGroup.valueOf(q[2]),
              Department.ofCode(q[3]).orElseThrow(),
              q[4],
              true,
              Boolean.parseBoolean(q[1]));
      Observation o =
          Observation.registeredByStaff(
              codes.next(day.getYear()),
              questions,
              null,
              submission,
              channel,
              received,
              deadlines.dueDateFor(received),
              "moderador@participa.test",
              now);
      o.assignTo(office, "moderador@participa.test", now);
      em.persist(o);
      var answer =
          new Answer(
              List.of(o),
              office,
              AnswerOutcome.valueOf(q[5]),
              q[6],
              "respuestas@participa.test",
              now);
      answer.approve("aprobador@participa.test", now);
      answer.publish(now);
      em.persist(answer);
      i++;
    }

    String[][] attendees = {
      {"Ana Torres", "IN_PERSON"},
      {"Jorge Ruiz", "ONLINE"},
      {"Sofía Díaz", "ONLINE"},
      {"Pedro León", "IN_PERSON"}
    };
    for (String[] a : attendees) {
      Instant registered = starts.minus(Duration.ofDays(3));
      var registration =
          new HearingRegistration(
              hearing,
              new RegistrationRequest(
                  a[0],
                  a[0].toLowerCase().replace(' ', '.') + "@participa.test",
                  AttendanceMode.valueOf(a[1]),
                  StakeholderGroup.CIUDADANO,
                  Department.ofCode("11").orElseThrow(),
                  true),
              demoLinkHash(),
              registered);
      registration.confirm(registered.plus(Duration.ofHours(1)));
      em.persist(registration);
    }
    Instant afterwards = ends.plus(Duration.ofDays(1));
    int[][] scores = {{5, 4}, {4, 4}, {3, 5}, {5, 5}, {4, 3}};
    SurveyAnswer[] answered = {
      SurveyAnswer.YES,
      SurveyAnswer.YES,
      SurveyAnswer.NO,
      SurveyAnswer.NO_QUESTION,
      SurveyAnswer.YES
    };
    for (int k = 0; k < scores.length; k++) {
      var response =
          new SurveyResponse(
              hearing,
              "demo-respondent-" + k,
              new SurveyResponse.Answers(
                  scores[k][0],
                  scores[k][1],
                  answered[k],
                  k == 2 ? "Faltó tiempo para las preguntas del público." : null),
              demoLinkHash(),
              afterwards);
      response.confirm(afterwards);
      em.persist(response);
    }
    em.flush();
    String snapshot =
        snapshots.of(
            hearing,
            "La audiencia se realizó con asistencia presencial y virtual. Se presentaron el informe de gestión, el avance del PAAC y los indicadores estratégicos; se respondieron las preguntas recibidas antes y durante la audiencia.",
            "1. Presentar el avance del PAAC por regiones.\n2. Ampliar el tiempo de preguntas del público.\n3. Publicar los materiales con diez días de anticipación.");
    em.persist(new Memoria(hearing, 1, snapshot, "aprobador@participa.test", now));
  }

  private void upcomingHearing(Instant now) {
    LocalDate day = clock.today().plusDays(20);
    Instant starts = bogota(day, 9);
    Instant ends = bogota(day, 12);
    var questions =
        new Consultation(
            "audiencia-rendicion-cuentas-2026-preguntas",
            ConsultationType.AUDIENCIA_RENDICION_CUENTAS,
            "Preguntas y temas para: Audiencia pública de rendición de cuentas 2026",
            "Envíe sus sugerencias de temas y sus preguntas para la audiencia pública de rendición de cuentas 2026 del ICETEX.",
            day.getYear(),
            OFFICE,
            new CommentWindow(bogota(clock.today().minusDays(5), 0), bogota(day.minusDays(2), 0)),
            now);
    questions.publish(Duration.ZERO, null, now);
    em.persist(questions);
    var hearing =
        new Hearing(
            "audiencia-rendicion-cuentas-2026",
            "Audiencia pública de rendición de cuentas 2026",
            "Conozca los resultados de la gestión del ICETEX en 2026, envíe sus preguntas antes de la audiencia e inscríbase para asistir.",
            day.getYear(),
            starts,
            ends,
            now);
    hearing.locate(
        "Auditorio ICETEX, Carrera 3 # 18-32, Bogotá", "https://www.youtube.com/@ICETEXColombia");
    hearing.openWindows(
        150, 2000, starts.minus(Duration.ofHours(12)), ends.plus(Duration.ofDays(15)));
    hearing.takeQuestionsThrough(questions);
    agenda(hearing);
    hearing.addMaterial(
        MaterialKind.MANAGEMENT_REPORT,
        "Informe de gestión 2026 (preliminar)",
        pdf(
            "Informe de gestión 2026 (preliminar)",
            "Avance de la gestión del ICETEX durante 2026, publicado antes de la audiencia para que la ciudadanía prepare sus preguntas."));
    hearing.publish(now);
    em.persist(hearing);
  }

  private static void agenda(Hearing hearing) {
    hearing.addAgendaItem(
        "9:00 a. m.", "Instalación y reglas de la audiencia", "Secretaría General");
    hearing.addAgendaItem("9:15 a. m.", "Informe de gestión", "Presidencia del ICETEX");
    hearing.addAgendaItem(
        "10:15 a. m.",
        "Avance del PAAC y de los indicadores estratégicos",
        "Oficina Asesora de Planeación");
    hearing.addAgendaItem("11:00 a. m.", "Preguntas de la ciudadanía", null);
    hearing.addAgendaItem("11:45 a. m.", "Evaluación y cierre", null);
  }

  private static StoredFile pdf(String title, String text) {
    return new StoredFile(
        Folding.slug(title, 80) + ".pdf", DemoFiles.PDF, DemoFiles.simplePdf(title, List.of(text)));
  }

  /**
   * The demo's registrations and evaluations are confirmed already; their links were never sent.
   */
  private static String demoLinkHash() {
    return LinkSecrets.hashOf(LinkSecrets.newSecret());
  }
}
