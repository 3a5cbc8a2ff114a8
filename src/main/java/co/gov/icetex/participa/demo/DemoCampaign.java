package co.gov.icetex.participa.demo;

import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.observation.application.AnswerDeadlines;
import co.gov.icetex.participa.observation.application.TrackingCodeAllocator;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationSubmission;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.observation.domain.TrackingCode;
import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.Settings;
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
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * In demo mode, a form-letter campaign on the open citizen-service policy: {@value #COPIES}
 * students send the letter a student association circulated, some as is, most with their own
 * greeting, signature, a sentence of their own or a typo, as real campaigns arrive. They are stored
 * like any observation, received and not triaged; the campaign grouping job groups them shortly
 * after start-up. Once per database.
 */
@Singleton
@Startup
@DependsOn({"DemoOpenObservations"})
public class DemoCampaign {

  static final int COPIES = 36;
  static final String MARKER = "demo.campaign.loaded";
  static final String SLUG = ServicePolicyConsultation.SLUG;

  static final String LETTER =
      "Como estudiante con crédito del ICETEX pido que la política de servicio al "
          + "ciudadano fije un plazo máximo de diez días hábiles para responder cualquier petición, que el "
          + "paz y salvo y los acuerdos de pago se puedan tramitar por completo en línea sin desplazarse a "
          + "una oficina, y que cada cambio en las condiciones del crédito se avise por correo y mensaje de "
          + "texto con un mes de anticipación. Muchos estudiantes de las regiones no podemos viajar a una "
          + "sede y perdemos clases por hacer filas.";

  private static final String[] GREETINGS = {
    "", "Buenos días. ", "Cordial saludo. ", "Señores ICETEX: ", ""
  };
  private static final String[] OWN_SENTENCES = {
    "",
    " En mi caso esperé tres semanas una respuesta sobre mi renovación.",
    " Vivo en zona rural y la conexión solo alcanza para trámites sencillos.",
    "",
    " Mi hermana también tiene crédito y le pasó lo mismo."
  };
  private static final String[] FIRST_NAMES = {
    "Laura",
    "Andrés",
    "Camila",
    "Julián",
    "Valentina",
    "Santiago",
    "Daniela",
    "Mateo",
    "Paula",
    "Sebastián",
    "Mariana",
    "Felipe"
  };
  private static final String[] LAST_NAMES = {
    "Gómez", "Rodríguez", "Martínez", "Ospina", "Quintero", "Rincón"
  };
  private static final Department[] DEPARTMENTS = {
    Department.ANTIOQUIA,
    Department.NARINO,
    Department.CALDAS,
    Department.SANTANDER,
    Department.ATLANTICO,
    Department.BOGOTA
  };

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
    writer.write(IntStream.range(0, COPIES).mapToObj(i -> codes.next(year)).toList());
  }

  /** The i-th copy: the letter with the sender's own greeting, sentence, signature or typo. */
  static String copy(int i, String author) {
    String text =
        GREETINGS[i % GREETINGS.length] + LETTER + OWN_SENTENCES[(i / 2) % OWN_SENTENCES.length];
    if (i % 3 == 1) {
      text = text.replace("anticipación", "anticipacion").replace("petición", "peticion");
    }
    if (i % 4 == 2) {
      text += " Atentamente, " + author + ".";
    }
    return text;
  }

  static String author(int i) {
    return FIRST_NAMES[i % FIRST_NAMES.length] + " " + LAST_NAMES[(i / 2) % LAST_NAMES.length];
  }

  /**
   * Writes the copies in one transaction, claimed by a marker so that one of several instances does
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
      if (!claimed || c == null) {
        return;
      }
      Instant now = clock.now();
      // Campaigns arrive in a burst: the copies came over the last two days, minutes apart.
      Instant start =
          c.getWindow().getOpensAt().isAfter(now.minus(Duration.ofDays(2)))
              ? c.getWindow().getOpensAt()
              : now.minus(Duration.ofDays(2));
      Duration step = Duration.between(start, now).dividedBy(COPIES + 1);
      for (int i = 0; i < COPIES; i++) {
        String author = author(i);
        Instant received = start.plus(step.multipliedBy(i + 1L));
        var submission =
            new ObservationSubmission(
                null,
                author,
                email(author, i),
                StakeholderGroup.ESTUDIANTE,
                DEPARTMENTS[i % DEPARTMENTS.length],
                copy(i, author),
                true,
                false);
        Observation o =
            new Observation(
                reserved.get(i),
                c,
                null,
                submission,
                Channel.WEB,
                received,
                deadlines.dueDateFor(received));
        em.persist(o);
      }
    }

    private static String email(String author, int i) {
      String ascii = Normalizer.normalize(author, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
      return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "." + i + "@example.co";
    }
  }
}
