package co.gov.icetex.participa.demo;

import co.gov.icetex.participa.consultation.domain.CommentWindow;
import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationType;
import java.time.Instant;

/**
 * Demo content of the "other" type: the citizen-service policy, as chapters and sections of text.
 */
final class ServicePolicyConsultation {

  static final String SLUG = "politica-servicio-ciudadano-2026";

  private ServicePolicyConsultation() {}

  static Consultation build(CommentWindow window, Instant now) {
    var c =
        new Consultation(
            SLUG,
            ConsultationType.OTRO,
            "Política de servicio al ciudadano",
            "Actualización de la política con la que el ICETEX se compromete a atender a estudiantes,"
                + " familias, egresados e Instituciones de Educación Superior: principios, canales de"
                + " atención, tiempos de respuesta y la forma en que se medirá y mejorará el servicio.",
            2026,
            "Oficina Comercial y de Mercadeo",
            window,
            now);

    Parts.chapter(
        c,
        "1",
        "Objetivo y alcance",
        "Garantizar una atención oportuna, respetuosa e incluyente en todos los canales del ICETEX."
            + " La política aplica a servidores públicos, contratistas y aliados que atienden a la"
            + " ciudadanía en nombre de la entidad.");

    var principles = Parts.chapter(c, "2", "Principios del servicio", null);
    Parts.section(
        c,
        principles,
        "2.1",
        "Trato digno",
        "Toda persona será atendida con respeto, sin discriminación y con prioridad para niñas,"
            + " niños, personas mayores, personas con discapacidad y mujeres gestantes.");
    Parts.section(
        c,
        principles,
        "2.2",
        "Enfoque diferencial",
        "La atención reconoce las necesidades de pueblos étnicos, víctimas del conflicto y población"
            + " rural, con intérpretes de lengua de señas y materiales en lenguaje claro.");
    Parts.section(
        c,
        principles,
        "2.3",
        "Lenguaje claro",
        "Las respuestas y los documentos dirigidos a la ciudadanía se escriben en frases cortas, sin"
            + " tecnicismos innecesarios y con el siguiente paso que debe dar la persona.");
    Parts.section(
        c,
        principles,
        "2.4",
        "Oportunidad",
        "Las peticiones se responden dentro de los términos de la Ley 1755 de 2015; si no es posible,"
            + " se informa antes del vencimiento la razón y la nueva fecha de respuesta.");

    Parts.chapter(
        c,
        "3",
        "Canales de atención",
        "Puntos de atención presencial, línea telefónica nacional, chat, videollamada con intérprete de"
            + " lengua de señas, portal transaccional y formulario de PQRSD. Todos los canales"
            + " ofrecen la"
            + " misma información y el mismo nivel de servicio.");

    Parts.chapter(
        c,
        "4",
        "Seguimiento y mejora",
        "La Oficina Comercial y de Mercadeo medirá cada semestre la satisfacción de los usuarios y el"
            + " cumplimiento de los tiempos de respuesta, publicará los resultados y presentará al"
            + " Comité de Gestión y Desempeño las acciones de mejora.");
    return c;
  }
}
