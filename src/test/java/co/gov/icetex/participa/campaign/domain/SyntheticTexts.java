package co.gov.icetex.participa.campaign.domain;

import java.util.Random;

/**
 * Observations written at random from the vocabulary of a consultation on student credit, with
 * Spanish word frequencies roughly respected (function words often, content words rarely), so that
 * unrelated texts share words and common phrases ("de la", "el icetex") as real ones do.
 */
final class SyntheticTexts {

  private static final String[] FUNCTION =
      ("de la que el en y a los se del las por un con no una su para es al lo como más pero sus le ya o "
              + "este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos "
              + "durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro")
          .split(" ");

  private static final String[] CONTENT =
      ("icetex crédito créditos estudiante estudiantes tasa interés intereses plan acción consulta "
              + "observación familia familias universidad universidades programa programas beca becas pago pagos "
              + "cuota cuotas deuda deudores egresados egresado empleo gobierno recursos fondo fondos subsidio "
              + "subsidios condonación requisitos codeudor región regiones departamento municipio rural educación "
              + "superior pública privada calidad acceso permanencia matrícula semestre periodo gracia plazo "
              + "meses años trimestre informe meta metas indicador indicadores presupuesto inversión atención "
              + "ciudadano ciudadanía trámite trámites oficina oficinas canal canales virtual presencial respuesta "
              + "petición derechos transparencia corrupción riesgo riesgos central centrales reporte cobro cobros "
              + "jurídico refinanciación alivio alivios estrato estratos ingreso ingresos salario mínimo técnico "
              + "tecnológico profesional posgrado maestría doctorado exterior convocatoria convocatorias "
              + "seguimiento control social participación audiencia rendición cuentas propuesta propuestas "
              + "solicito propongo sugiero considero pedimos exigimos revisar ampliar reducir eliminar publicar "
              + "garantizar fortalecer mejorar incluir crear aumentar disminuir aplicar cumplir evaluar medir "
              + "nuevo nueva nuevos actual actuales mayor menor alto alta bajo baja justo justa difícil necesario "
              + "importante claro clara real efectivo oportuno digno digna equitativo")
          .split(" ");

  private static final String[] GREETINGS = {
    "",
    "Cordial saludo.\n",
    "Buenos días, señores del ICETEX:\n",
    "Hola,\n",
    "Respetados señores:\n"
  };
  private static final String[] NAMES = {
    "Laura Martínez",
    "Andrés Gómez",
    "Diana Suárez",
    "Julián Ortiz",
    "Paola Díaz",
    "Carlos Restrepo",
    "María José Peña",
    "Luis Fernando Ibarra"
  };
  private static final String[] CITIES = {
    "Bogotá", "Medellín", "Cali", "Pasto", "Cartagena", "Bucaramanga", "Leticia"
  };

  private SyntheticTexts() {}

  /**
   * A copy of a form letter as one citizen sends it: own greeting and signature, and sometimes
   * (each one time in three) a typo, a sentence of their own at the end, their name and city in the
   * first sentence.
   */
  static String copy(Random random, String letter) {
    String body = letter;
    if (random.nextInt(3) == 0) {
      String[] words = body.split(" ");
      int i = random.nextInt(words.length);
      words[i] =
          words[i].length() > 3 ? words[i].substring(0, words[i].length() - 2) + "s" : words[i];
      body = String.join(" ", words);
    }
    if (random.nextInt(3) == 0) {
      body = "Soy " + pick(random, NAMES) + ", de " + pick(random, CITIES) + ". " + body;
    }
    if (random.nextInt(3) == 0) {
      body = body + " " + text(random, 10 + random.nextInt(10));
    }
    String signature = "\n\nAtentamente,\n" + pick(random, NAMES) + "\n" + pick(random, CITIES);
    return pick(random, GREETINGS) + body + signature;
  }

  private static String pick(Random random, String[] options) {
    return options[random.nextInt(options.length)];
  }

  /** About {@code words} words in sentences of 8 to 24 words, capitalised and punctuated. */
  static String text(Random random, int words) {
    var text = new StringBuilder();
    int written = 0;
    while (written < words) {
      int length = Math.min(8 + random.nextInt(17), words - written);
      for (int i = 0; i < length; i++) {
        String word = random.nextInt(100) < 55 ? zipf(random, FUNCTION) : zipf(random, CONTENT);
        if (i == 0) {
          word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        text.append(word).append(i == length - 1 ? ". " : random.nextInt(12) == 0 ? ", " : " ");
      }
      written += length;
    }
    return text.toString().strip();
  }

  /** Frequent first: index i drawn with weight about 1/(i+1). */
  private static String zipf(Random random, String[] words) {
    double harmonic = Math.log(words.length) + 0.5772;
    double target = random.nextDouble() * harmonic;
    double sum = 0;
    for (int i = 0; i < words.length; i++) {
      sum += 1.0 / (i + 1);
      if (sum >= target) {
        return words[i];
      }
    }
    return words[words.length - 1];
  }
}
