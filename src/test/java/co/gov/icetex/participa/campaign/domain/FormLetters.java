package co.gov.icetex.participa.campaign.domain;

/**
 * Texts as citizens send them to a consultation on ICETEX's action plan: one form letter of a
 * campaign on interest rates, the variants its copies show, and other observations on the same
 * topic.
 */
final class FormLetters {

  private FormLetters() {}

  static final String BODY_1 =
      "Como estudiante beneficiario de un crédito del ICETEX, solicito que en el plan de acción 2026 se "
          + "elimine el cobro de intereses durante el periodo de estudios y que la tasa de interés de los "
          + "créditos vigentes no supere el índice de precios al consumidor.";
  static final String BODY_2 =
      "Muchas familias de estratos uno, dos y tres no pueden pagar las cuotas actuales y terminan "
          + "reportadas en las centrales de riesgo.";
  static final String BODY_3 =
      "Pedimos además que se amplíe el plazo de gracia después de la graduación a dieciocho meses, "
          + "porque conseguir el primer empleo formal toma más de un año en la mayoría de las regiones.";
  static final String BODY_4 =
      "También solicitamos que la condonación por buen rendimiento académico se extienda a los "
          + "programas técnicos y tecnológicos, que hoy quedan por fuera del beneficio.";
  static final String BODY_5 =
      "Finalmente, exigimos que el ICETEX publique cada trimestre el número de créditos condonados por "
          + "departamento, para que la ciudadanía pueda hacer control social.";

  static String body(String... sentences) {
    return String.join(" ", sentences);
  }

  /** The letter as the campaign's organisers published it. */
  static final String LETTER =
      "Cordial saludo.\n\n"
          + body(BODY_1, BODY_2, BODY_3, BODY_4, BODY_5)
          + "\n\nAtentamente,\nLaura Martínez Rojas\nC.C. 1.020.345.678\nMedellín";

  static final String OTHER_GREETING_AND_SIGNATURE =
      "Buenos días, señores del ICETEX:\n"
          + body(BODY_1, BODY_2, BODY_3, BODY_4, BODY_5)
          + "\nCordialmente, Andrés Felipe Gómez, Cali (Valle)";

  /** The letter with a sentence giving the sender's contact data. */
  static final String WITH_CONTACT_DATA =
      "Cordial saludo.\n\n"
          + body(BODY_1, BODY_2, BODY_3, BODY_4, BODY_5)
          + " Pueden escribirme a jorge.ramirez77@gmail.com o al celular 311 456 7890, cédula 79.845.120."
          + "\n\nAtentamente,\nLaura Martínez Rojas\nC.C. 1.020.345.678\nMedellín";

  /** The same, another sender's data: only personal data differs. */
  static final String WITH_OTHER_CONTACT_DATA =
      "Cordial saludo.\n\n"
          + body(BODY_1, BODY_2, BODY_3, BODY_4, BODY_5)
          + " Pueden escribirme a maria_p@hotmail.com o al celular 300-123-4567, cédula 1.098.765.432."
          + "\n\nAtentamente,\nLaura Martínez Rojas\nC.C. 1.020.345.678\nMedellín";

  /**
   * Signed without any closing formula, with name, university and city: the signature stays in the
   * text.
   */
  static final String SIGNED_WITHOUT_FORMULA =
      "Respetados señores\n"
          + body(BODY_1, BODY_2, BODY_3, BODY_4, BODY_5)
          + "\n\nDiana Carolina Suárez\nEstudiante de Enfermería, Universidad de Cartagena\nCartagena, Bolívar";

  static final String SENTENCE_ADDED =
      "Cordial saludo.\n\n"
          + body(BODY_1, BODY_2, BODY_3, BODY_4, BODY_5)
          + " En mi caso llevo tres años pagando y la deuda sigue casi igual que cuando me gradué."
          + "\n\nAtentamente,\nLaura Martínez Rojas";

  static final String TWO_TYPOS =
      "Cordial saludo.\n\n"
          + body(
              BODY_1.replace("beneficiario", "benefisiario"),
              BODY_2,
              BODY_3.replace("graduación", "graduacion,"),
              BODY_4.replace("académico", "academico"),
              BODY_5.replace("trimestre", "trimeste"))
          + "\n\nAtentamente,\nLaura Martínez Rojas";

  static final String SENTENCES_SWAPPED =
      "Cordial saludo.\n\n"
          + body(BODY_1, BODY_3, BODY_2, BODY_4, BODY_5)
          + "\n\nAtentamente,\nLaura Martínez Rojas";

  static final String PERSONAL_OPENING =
      "Hola.\n"
          + "Mi nombre es Carolina Restrepo, vivo en Pasto y soy madre de dos estudiantes universitarios. "
          + body(BODY_1, BODY_2, BODY_3, BODY_4, BODY_5)
          + "\nGracias por su atención.";

  /**
   * Everything at once: own greeting, a personal opening, a typo, two sentences swapped, one added,
   * no formula.
   */
  static final String ALL_AT_ONCE =
      "Buenas tardes\n"
          + "Soy Julián Andrés Ortiz, de Bucaramanga. "
          + body(BODY_1.replace("beneficiario", "benefisiario"), BODY_3, BODY_2, BODY_4, BODY_5)
          + " Ojalá esta vez sí nos escuchen, porque el año pasado enviamos la misma petición."
          + "\nJulián Ortiz";

  /** The letter as half of a longer observation whose other half is the author's own argument. */
  static final String LETTER_WITH_LONG_OWN_PART =
      "Cordial saludo.\n\n"
          + body(BODY_1, BODY_2, BODY_3, BODY_4, BODY_5)
          + " Quiero agregar mi experiencia como egresada de una institución pública de la costa. Cuando "
          + "terminé la carrera tuve que aceptar un contrato de prestación de servicios sin seguridad social, y "
          + "el sistema de cobro no reconoce esa situación: me exigieron la cuota completa desde el primer mes. "
          + "Intenté refinanciar por la página web y el trámite se quedó pendiente durante cuatro meses, sin "
          + "respuesta a tres derechos de petición. Sugiero que el plan incluya un canal de atención con tiempos "
          + "de respuesta publicados y que los acuerdos de pago se puedan firmar en línea sin ir a una oficina, "
          + "porque en mi municipio la más cercana queda a cinco horas de viaje."
          + "\n\nAtentamente,\nPaola Andrea Díaz";

  /** Same topic and vocabulary, a different argument: must not join the campaign. */
  static final String SAME_TOPIC_KEEP_RATES =
      "Buenas tardes. Considero que el ICETEX no debería eliminar el cobro de intereses durante el periodo "
          + "de estudios, porque esos recursos financian los créditos de los nuevos beneficiarios. Si la tasa "
          + "de interés baja al índice de precios al consumidor, el fondo se descapitaliza y cada año habría "
          + "menos créditos para las familias de estratos uno y dos. Propongo en cambio que el plan de acción "
          + "2026 fortalezca los subsidios de tasa que ya existen, focalizados con el Sisbén, y que el "
          + "periodo de gracia se decida caso por caso según la situación laboral del egresado. Así se "
          + "protege a quien de verdad no puede pagar sin poner en riesgo el acceso de los que vienen "
          + "detrás. Atentamente, Ricardo Peña.";

  static final String SAME_TOPIC_REGIONS =
      "Respetados señores: en el plan de acción 2026 les pido revisar la distribución regional de los "
          + "créditos. En departamentos como Vaupés, Guainía y Vichada el número de créditos aprobados es "
          + "mínimo, porque los requisitos de codeudor y de estudio de riesgo dejan por fuera a las familias "
          + "que no tienen historial en las centrales de riesgo. Propongo un fondo con garantía del Estado "
          + "para estas regiones, convocatorias con fechas adaptadas a la conectividad rural y asesoría "
          + "presencial en las casas de la cultura. También sería útil publicar el número de beneficiarios "
          + "por municipio, para que la ciudadanía pueda hacer seguimiento. Cordialmente, Marta Lucía Ibarra.";

  /** Quotes one sentence of the letter inside an observation of its own. */
  static final String QUOTES_ONE_SENTENCE =
      "He leído la carta que circula en redes, que dice: \""
          + BODY_2
          + "\" Estoy de acuerdo con ese "
          + "diagnóstico, pero no con la solución que propone. El problema principal no es la tasa sino la "
          + "falta de empleo para los egresados: el ICETEX debería hacer convenios con empresas y con las "
          + "alcaldías para que el primer empleo cuente como práctica y permita abonar a la deuda. También "
          + "propongo que el plan de acción incluya metas de empleabilidad por programa, medidas un año "
          + "después del grado, y que esa información se use para orientar a los nuevos solicitantes.";
}
