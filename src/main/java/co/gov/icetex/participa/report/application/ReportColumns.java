package co.gov.icetex.participa.report.application;

import co.gov.icetex.participa.shared.AppClock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of the report's CSV and XLSX, the same in both. Column names are part of the
 * open-data contract (like the JSON field names), so they are fixed identifiers, not translated
 * labels; values are the Spanish labels people read, with codes next to them where a code exists
 * (department).
 */
final class ReportColumns {

  record Column(String name, Function<EntryRow, String> value) {}

  private static final DateTimeFormatter BOGOTA_ISO =
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(AppClock.BOGOTA);

  static final List<Column> ALL =
      List.of(
          new Column("codigo", EntryRow::trackingCode),
          new Column("parte_comentada", EntryRow::part),
          new Column("autor", EntryRow::author),
          new Column("grupo_de_interes", EntryRow::groupLabel),
          new Column("departamento_divipola", EntryRow::departmentCode),
          new Column("departamento", EntryRow::departmentName),
          new Column("canal", EntryRow::channelLabel),
          new Column("recibida", e -> iso(e.receivedAt())),
          new Column("observacion", EntryRow::shownText),
          new Column("resultado", EntryRow::result),
          new Column("respuesta", e -> e.answerText() == null ? "" : e.answerText()),
          new Column("respondida", e -> iso(e.answeredAt())),
          new Column("fecha_limite", e -> e.dueDate().toString()),
          new Column("oportunidad", EntryRow::timeliness),
          new Column("observaciones_en_campana", e -> Integer.toString(e.observationCount())),
          new Column("codigos_campana", e -> String.join(" ", e.campaignMembers())));

  private ReportColumns() {}

  /** Bogotá time with its offset, e.g. 2026-03-02T09:15:00-05:00. */
  static String iso(Instant instant) {
    return instant == null ? "" : BOGOTA_ISO.format(instant);
  }
}
