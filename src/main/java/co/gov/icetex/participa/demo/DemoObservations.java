package co.gov.icetex.participa.demo;

import static co.gov.icetex.participa.answer.domain.AnswerOutcome.ACCEPTED;
import static co.gov.icetex.participa.answer.domain.AnswerOutcome.NOT_ACCEPTED;
import static co.gov.icetex.participa.answer.domain.AnswerOutcome.NOT_APPLICABLE;
import static co.gov.icetex.participa.answer.domain.AnswerOutcome.PARTIALLY_ACCEPTED;
import static co.gov.icetex.participa.observation.domain.Channel.API;
import static co.gov.icetex.participa.observation.domain.Channel.EMAIL;
import static co.gov.icetex.participa.observation.domain.Channel.HEARING;
import static co.gov.icetex.participa.observation.domain.Channel.LETTER;
import static co.gov.icetex.participa.observation.domain.Channel.REGIONAL_MEETING;
import static co.gov.icetex.participa.observation.domain.Channel.WEB;
import static co.gov.icetex.participa.observation.domain.StakeholderGroup.BENEFICIARIO_CREDITO;
import static co.gov.icetex.participa.observation.domain.StakeholderGroup.CIUDADANO;
import static co.gov.icetex.participa.observation.domain.StakeholderGroup.EGRESADO;
import static co.gov.icetex.participa.observation.domain.StakeholderGroup.ESTUDIANTE;
import static co.gov.icetex.participa.observation.domain.StakeholderGroup.IES;
import static co.gov.icetex.participa.observation.domain.StakeholderGroup.ORGANIZACION;
import static co.gov.icetex.participa.observation.domain.StakeholderGroup.PADRE_MADRE_ACUDIENTE;
import static co.gov.icetex.participa.observation.domain.StakeholderGroup.SERVIDOR_PUBLICO;

import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.Department;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.observation.domain.Triage;
import java.util.List;

/**
 * The demo observations on the closed consultation (the evaluation of the accountability process):
 * varied groups, departments, channels and outcomes, some authors who keep their name private, one
 * spam and one out of scope. Invented people; e-mail addresses use the reserved example.co domain.
 */
final class DemoObservations {

  /**
   * @param part index of the commented part in the consultation's outline, or -1 for the whole
   *     document
   * @param rejection the triage when it was not admitted (then {@code answer} is the reason), else
   *     null
   */
  record Seed(
      String author,
      String email,
      boolean showName,
      StakeholderGroup group,
      Department department,
      Channel channel,
      int part,
      String text,
      Triage rejection,
      AnswerOutcome outcome,
      String answer,
      boolean late) {}

  private static Seed answered(
      String author,
      boolean showName,
      StakeholderGroup g,
      Department d,
      Channel ch,
      int part,
      String text,
      AnswerOutcome outcome,
      String answer) {
    return new Seed(
        author, email(author), showName, g, d, ch, part, text, null, outcome, answer, false);
  }

  private static Seed late(Seed s) {
    return new Seed(
        s.author(),
        s.email(),
        s.showName(),
        s.group(),
        s.department(),
        s.channel(),
        s.part(),
        s.text(),
        s.rejection(),
        s.outcome(),
        s.answer(),
        true);
  }

  private static String email(String author) {
    return author.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".") + "@example.co";
  }

  static final List<Seed> ALL =
      List.of(
          answered(
              "Laura Camila Ríos",
              true,
              ESTUDIANTE,
              Department.ANTIOQUIA,
              WEB,
              1,
              "La transmisión de la audiencia se cortó varias veces. Sugiero publicar la grabación completa con subtítulos.",
              ACCEPTED,
              "Publicaremos la grabación completa con subtítulos en el sitio web dentro de los diez días siguientes a cada audiencia."),
          late(
              answered(
                  "Jorge Iván Pérez",
                  false,
                  BENEFICIARIO_CREDITO,
                  Department.VALLE_DEL_CAUCA,
                  EMAIL,
                  2,
                  "En Cali no nos enteramos del encuentro regional hasta el mismo día. Pido convocar con dos semanas de anticipación.",
                  ACCEPTED,
                  "Incorporamos en la acción de mejora 2 una convocatoria con al menos quince días de anticipación.")),
          answered(
              "Universidad del Magdalena",
              true,
              IES,
              Department.MAGDALENA,
              LETTER,
              7,
              "Las IES regionales podemos ayudar a convocar. Proponemos un convenio para difundir la audiencia en nuestras emisoras.",
              PARTIALLY_ACCEPTED,
              "Acogemos la difusión a través de las emisoras de las IES; no es necesario un convenio, basta una carta de intención."),
          answered(
              "María Fernanda Gómez",
              false,
              PADRE_MADRE_ACUDIENTE,
              Department.BOGOTA,
              WEB,
              5,
              "El informe no dice cuántas preguntas quedaron sin responder durante la audiencia.",
              ACCEPTED,
              "Todas las preguntas se respondieron por escrito; lo aclararemos en la sección 3.1 del informe final."),
          late(
              answered(
                  "Andrés Felipe Castro",
                  true,
                  EGRESADO,
                  Department.SANTANDER,
                  REGIONAL_MEETING,
                  6,
                  "Las encuestas se hicieron solo al final; muchos asistentes ya se habían ido.",
                  PARTIALLY_ACCEPTED,
                  "Aplicaremos la encuesta también en línea durante los tres días siguientes a cada espacio.")),
          answered(
              "Fundación Educación para Todos",
              true,
              ORGANIZACION,
              Department.NARINO,
              WEB,
              8,
              "Proponemos registrar las preguntas de las zonas rurales por mensajería de texto.",
              NOT_ACCEPTED,
              "Por ahora no es viable técnicamente; las preguntas pueden enviarse por el portal, la línea de atención o por carta."),
          answered(
              "Carlos Mario Ortiz",
              false,
              CIUDADANO,
              Department.CORDOBA,
              HEARING,
              -1,
              "Pido que el ICETEX explique en lenguaje claro qué es un alivio y quién puede pedirlo.",
              NOT_APPLICABLE,
              "La pregunta no es sobre la evaluación de la rendición de cuentas; la respondimos por el canal de atención al ciudadano."),
          answered(
              "Diana Marcela Torres",
              true,
              ESTUDIANTE,
              Department.ATLANTICO,
              API,
              2,
              "El encuentro de Barranquilla fue muy útil. Sería bueno repetirlo cada semestre.",
              PARTIALLY_ACCEPTED,
              "Mantendremos un encuentro anual por región y un espacio virtual semestral."),
          answered(
              "Sandra Milena Rojas",
              false,
              SERVIDOR_PUBLICO,
              Department.CUNDINAMARCA,
              EMAIL,
              6,
              "La evaluación interna debería incluir a las oficinas regionales, no solo a las dependencias de Bogotá.",
              ACCEPTED,
              "Incluiremos a los puntos de atención regionales en la evaluación interna de 2027."),
          answered(
              "Luis Eduardo Quintero",
              true,
              BENEFICIARIO_CREDITO,
              Department.TOLIMA,
              WEB,
              9,
              "¿Por qué la fecha de la acción de mejora 1 es tan lejana? Podría cumplirse antes de junio.",
              NOT_ACCEPTED,
              "La fecha coincide con la preparación de la audiencia de 2027; adelantarla no cambiaría el resultado."),
          answered(
              "Paola Andrea Vargas",
              false,
              ESTUDIANTE,
              Department.HUILA,
              WEB,
              4,
              "Los espacios virtuales deberían quedar grabados y con intérprete de lengua de señas.",
              ACCEPTED,
              "Todas las transmisiones tendrán intérprete de lengua de señas colombiana y quedarán grabadas."),
          answered(
              "Colegio Mayor de Bolívar",
              true,
              IES,
              Department.BOLIVAR,
              LETTER,
              7,
              "Sugerimos incluir a las IES técnicas y tecnológicas en la convocatoria.",
              ACCEPTED,
              "Las incluimos en el plan de convocatoria de la acción de mejora 2."),
          answered(
              "Ricardo Antonio Mejía",
              false,
              EGRESADO,
              Department.RISARALDA,
              WEB,
              1,
              "Me gustaría que la audiencia tuviera un espacio de preguntas de los egresados que ya pagan su crédito.",
              PARTIALLY_ACCEPTED,
              "Habrá un bloque de preguntas por grupo de interés, incluidos los egresados."),
          answered(
              "Natalia Hernández",
              true,
              PADRE_MADRE_ACUDIENTE,
              Department.BOYACA,
              REGIONAL_MEETING,
              -1,
              "Los documentos se publicaron con poco tiempo para leerlos.",
              ACCEPTED,
              "Publicaremos los materiales al menos treinta días antes de la audiencia, como pide el Manual Único."),
          answered(
              "Veeduría Ciudadana Educación Caribe",
              true,
              ORGANIZACION,
              Department.SUCRE,
              EMAIL,
              5,
              "Pedimos publicar los resultados de la encuesta desagregados por departamento.",
              ACCEPTED,
              "Los publicaremos como datos abiertos, desagregados por departamento."),
          answered(
              "Juan Sebastián Ramírez",
              false,
              ESTUDIANTE,
              Department.META,
              WEB,
              8,
              "Mi número es 310 555 0199 por si quieren más detalles: en Villavicencio no hubo encuentro.",
              PARTIALLY_ACCEPTED,
              "Incluiremos un encuentro en la Orinoquía en 2027; la sede se definirá con las IES de la región."),
          answered(
              "Gloria Inés Patiño",
              true,
              CIUDADANO,
              Department.CALDAS,
              HEARING,
              3,
              "Las transmisiones deberían anunciarse también en la radio pública.",
              ACCEPTED,
              "Las anunciaremos en RTVC y en las emisoras comunitarias."),
          answered(
              "Oscar Julián Duarte",
              false,
              BENEFICIARIO_CREDITO,
              Department.NORTE_DE_SANTANDER,
              API,
              9,
              "La acción de mejora 3 no dice quién revisará que se registren todas las preguntas.",
              ACCEPTED,
              "La Oficina de Control Interno verificará el registro en su seguimiento semestral."),
          answered(
              "Asociación de Egresados del Cauca",
              true,
              ORGANIZACION,
              Department.CAUCA,
              LETTER,
              7,
              "Proponemos que las asociaciones de egresados tengan un cupo fijo de intervención.",
              NOT_ACCEPTED,
              "Las intervenciones se asignan por orden de inscripción para garantizar igualdad entre los participantes."),
          answered(
              "Camilo Andrés Suárez",
              false,
              ESTUDIANTE,
              Department.QUINDIO,
              WEB,
              1,
              "La audiencia fue en horario de clases. Propongo hacerla en la tarde.",
              PARTIALLY_ACCEPTED,
              "Evaluaremos el horario con la encuesta previa de 2027 y dejaremos la grabación disponible."),
          answered(
              "Beatriz Elena Londoño",
              true,
              SERVIDOR_PUBLICO,
              Department.ANTIOQUIA,
              EMAIL,
              6,
              "Faltan indicadores de cumplimiento de las acciones de mejora anteriores.",
              ACCEPTED,
              "Agregamos un anexo con el cumplimiento de las acciones de mejora de 2025."),
          answered(
              "Wilson Ferney Mosquera",
              false,
              CIUDADANO,
              Department.CHOCO,
              REGIONAL_MEETING,
              2,
              "Ningún encuentro regional se hizo en el Pacífico.",
              ACCEPTED,
              "Incluiremos Quibdó entre las sedes de los encuentros regionales de 2027."),
          answered(
              "Valentina Osorio",
              true,
              ESTUDIANTE,
              Department.CESAR,
              WEB,
              4,
              "Los espacios virtuales fueron muy largos; mejor sesiones cortas por tema.",
              PARTIALLY_ACCEPTED,
              "Haremos sesiones de máximo una hora por tema, con preguntas al final."),
          answered(
              "Héctor Fabio Rincón",
              false,
              EGRESADO,
              Department.BOGOTA,
              API,
              5,
              "El 64 % pidió más tiempo para preguntas: ¿cuánto tiempo hubo?",
              ACCEPTED,
              "Hubo 25 minutos; la acción de mejora 1 los amplía a 40 como mínimo."),
          new Seed(
              "Promociones Express",
              "ventas@example.co",
              false,
              CIUDADANO,
              Department.BOGOTA,
              WEB,
              -1,
              "GANE DINERO DESDE CASA con nuestro curso de inversión. Escriba ya a ventas@example.co o al 300 000 0000.",
              Triage.SPAM,
              null,
              "Publicidad sin relación con la consulta.",
              false),
          new Seed(
              "Rodrigo Alberto Peña",
              "rodrigo.pena@example.co",
              false,
              BENEFICIARIO_CREDITO,
              Department.HUILA,
              EMAIL,
              -1,
              "Quiero saber el saldo de mi crédito y por qué me llegó una cuenta de cobro.",
              Triage.OUT_OF_SCOPE,
              null,
              "Es una consulta sobre un crédito particular; se atiende por la línea de atención.",
              false));

  private DemoObservations() {}
}
