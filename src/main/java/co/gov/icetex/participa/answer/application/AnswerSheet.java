package co.gov.icetex.participa.answer.application;

import co.gov.icetex.participa.answer.domain.Answer;
import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.answer.domain.AnswerStatus;
import co.gov.icetex.participa.observation.application.ObservationFinder;
import co.gov.icetex.participa.observation.domain.Observation;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.shared.Folding;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.files.FileSignature;
import co.gov.icetex.participa.shared.files.OfficePackageLimits;
import co.gov.icetex.participa.shared.security.RequiresRole;
import co.gov.icetex.participa.shared.security.Roles;
import co.gov.icetex.participa.shared.validation.Refusal;
import co.gov.icetex.participa.shared.validation.Refusal.Reason;
import co.gov.icetex.participa.staff.application.Caller;
import co.gov.icetex.participa.staff.domain.Office;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Answers in a spreadsheet: the export lists a consultation's observations with a column for the
 * outcome and one for the answer; the same file, filled in, is imported back. The import is all or
 * nothing: a preview lists every row's problem, and nothing is saved unless every row is valid.
 */
@ApplicationScoped
public class AnswerSheet {

  public static final long MAX_BYTES = 10L * 1024 * 1024;
  public static final int MAX_ROWS = 5_000;

  /** The columns, in the order of the export; the import finds them by these headers. */
  public static final List<String> HEADERS =
      List.of(
          "Código",
          "Consulta",
          "Parte",
          "Observación",
          "Dependencia",
          "Estado",
          "Vence",
          "Resultado",
          "Respuesta");

  private static final int CODE = 0;
  private static final int OUTCOME = 7;
  private static final int ANSWER = 8;

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject ObservationFinder finder;
  @Inject AnswerService answers;
  @Inject AnswerLookup answerLookup;

  /** One row of an import, as the preview shows it; {@code error} is null when the row is fine. */
  public record RowCheck(
      int row, String trackingCode, AnswerOutcome outcome, String answer, String error)
      implements Serializable {}

  /** Kept in the page's view between the check and the confirmation, hence serializable. */
  public record Preview(List<RowCheck> rows, int toSave) implements Serializable {
    public boolean valid() {
      return rows.stream().allMatch(r -> r.error() == null) && toSave > 0;
    }

    public long errorCount() {
      return rows.stream().filter(r -> r.error() != null).count();
    }
  }

  @Transactional
  @RequiresRole({Roles.MODERATOR, Roles.RESPONDER, Roles.APPROVER})
  public byte[] export(long consultationId) {
    Optional<Office> onlyOffice = onlyOwnOffice();
    String officeClause = onlyOffice.isPresent() ? " AND o.office.id = :office" : "";
    var query =
        em.createQuery(
                "SELECT o FROM Observation o LEFT JOIN FETCH o.part LEFT JOIN FETCH o.office"
                    + " WHERE o.consultation.id = :c AND o.status NOT IN :closed"
                    + officeClause
                    + " ORDER BY o.id",
                Observation.class)
            .setParameter("c", consultationId)
            .setParameter(
                "closed", List.of(ObservationStatus.REJECTED, ObservationStatus.REDIRECTED));
    onlyOffice.ifPresent(o -> query.setParameter("office", o.getId()));
    try (var workbook = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Respuestas");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.size(); i++) {
        header.createCell(i).setCellValue(HEADERS.get(i));
      }
      int r = 1;
      List<Observation> observations = query.getResultList();
      Map<Long, Answer> answers =
          answerLookup.byIds(observations.stream().map(Observation::getAnswerId).toList());
      for (Observation o : observations) {
        Answer answer = o.getAnswerId() == null ? null : answers.get(o.getAnswerId());
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(o.getTrackingCode());
        row.createCell(1).setCellValue(o.getConsultation().getTitle());
        row.createCell(2).setCellValue(o.getPart() == null ? "" : o.getPart().getLabel());
        row.createCell(3).setCellValue(o.getText());
        row.createCell(4).setCellValue(o.getOffice() == null ? "" : o.getOffice().getName());
        row.createCell(5).setCellValue(Messages.get("ObservationStatus." + o.getStatus()));
        row.createCell(6).setCellValue(o.effectiveDueDate().toString());
        row.createCell(7)
            .setCellValue(
                answer == null ? "" : Messages.get("AnswerOutcome." + answer.getOutcome()));
        row.createCell(8).setCellValue(answer == null ? "" : answer.getText());
      }
      sheet.createFreezePane(0, 1);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks a filled-in sheet without saving anything. */
  @Transactional
  @RequiresRole(Roles.RESPONDER)
  public Preview preview(long consultationId, byte[] file) {
    Office office =
        caller.office().orElseThrow(() -> Refusal.of(Reason.CONFLICT, "answer.error.noOffice"));
    List<RowCheck> rows = new ArrayList<>();
    for (SheetRow row : read(file)) {
      rows.add(check(consultationId, office, row));
    }
    if (rows.isEmpty()) {
      throw Refusal.of(Reason.INVALID, "sheet.error.empty");
    }
    return new Preview(
        List.copyOf(rows), (int) rows.stream().filter(r -> r.outcome() != null).count());
  }

  /**
   * Saves every answer of the sheet in one transaction, or none: any invalid row refuses the whole
   * file (checked again here, as the data may have changed since the preview).
   */
  @Transactional
  @RequiresRole(Roles.RESPONDER)
  public int importAnswers(long consultationId, byte[] file) {
    Preview preview = preview(consultationId, file);
    if (!preview.valid()) {
      throw Refusal.of(Reason.INVALID, "sheet.error.invalid", preview.errorCount());
    }
    int saved = 0;
    for (RowCheck row : preview.rows()) {
      if (row.outcome() == null) {
        continue; // left blank: not answered yet
      }
      Observation o = find(row.trackingCode()).orElseThrow();
      if (o.getAnswerId() != null) {
        answers.redraft(o.getAnswerId(), row.outcome(), row.answer());
      } else {
        answers.draft(List.of(o.getTrackingCode()), row.outcome(), row.answer());
      }
      saved++;
    }
    return saved;
  }

  private RowCheck check(long consultationId, Office office, SheetRow row) {
    String code = row.code();
    boolean blankAnswer = row.outcome().isBlank() && row.answer().isBlank();
    if (code.isBlank()) {
      return new RowCheck(
          row.number(),
          code,
          null,
          row.answer(),
          blankAnswer ? null : Messages.get("sheet.error.code"));
    }
    Optional<Observation> found = find(code);
    if (found.isEmpty() || !found.get().getConsultation().getId().equals(consultationId)) {
      return error(row, "sheet.error.unknownCode", code);
    }
    if (blankAnswer) {
      return new RowCheck(row.number(), code, null, "", null);
    }
    Observation o = found.get();
    if (o.getOffice() == null || !o.getOffice().getId().equals(office.getId())) {
      return error(row, "answer.error.notAssignedToOffice", code);
    }
    Answer answer = o.getAnswerId() == null ? null : em.find(Answer.class, o.getAnswerId());
    boolean editable =
        o.getStatus().isAnswerable()
            || (answer != null
                && answer.getObservations().size() == 1
                && (answer.getStatus() == AnswerStatus.DRAFT
                    || answer.getStatus() == AnswerStatus.RETURNED));
    if (!editable) {
      return error(row, "answer.error.notAnswerable", code);
    }
    Optional<AnswerOutcome> outcome = outcomeOf(row.outcome());
    if (outcome.isEmpty()) {
      return error(row, "sheet.error.outcome", row.outcome());
    }
    if (row.answer().isBlank()) {
      return error(row, "answer.error.textRequired");
    }
    if (row.answer().length() > Answer.MAX_TEXT) {
      return error(row, "answer.error.textTooLong", Answer.MAX_TEXT);
    }
    return new RowCheck(row.number(), code, outcome.get(), row.answer(), null);
  }

  private static RowCheck error(SheetRow row, String key, Object... args) {
    return new RowCheck(row.number(), row.code(), null, row.answer(), Messages.get(key, args));
  }

  /**
   * The outcome by its Spanish label as exported ("Parcialmente aceptada") or its code, accents and
   * case aside.
   */
  static Optional<AnswerOutcome> outcomeOf(String value) {
    String wanted = fold(value);
    return Arrays.stream(AnswerOutcome.values())
        .filter(
            o ->
                fold(o.name()).equals(wanted)
                    || fold(Messages.get("AnswerOutcome." + o)).equals(wanted))
        .findFirst();
  }

  /** Accents and case aside; "NOT_ACCEPTED" and "No aceptada" style codes compare with spaces. */
  private static String fold(String s) {
    return Folding.fold(s).replace('_', ' ');
  }

  private Optional<Observation> find(String code) {
    return finder.byCode(code);
  }

  private Optional<Office> onlyOwnOffice() {
    return caller.seesOnlyOwnOffice()
        ? Optional.of(
            caller.office().orElseThrow(() -> Refusal.of(Reason.CONFLICT, "answer.error.noOffice")))
        : Optional.empty();
  }

  record SheetRow(int number, String code, String outcome, String answer) {}

  /** Reads the rows of the first sheet, finding the columns by their headers. */
  static List<SheetRow> read(byte[] file) {
    if (file == null || file.length == 0) {
      throw Refusal.of(Reason.INVALID, "sheet.error.empty");
    }
    if (file.length > MAX_BYTES) {
      throw Refusal.of(Reason.INVALID, "sheet.error.tooLarge");
    }
    FileSignature.Inspection inspection = FileSignature.inspect(file);
    if (inspection.suspicious()) {
      throw Refusal.of(Reason.INVALID, "validation.file.zipBomb");
    }
    if (inspection.type().orElse(null) != FileSignature.XLSX) {
      throw Refusal.of(Reason.INVALID, "sheet.error.unreadable");
    }
    OfficePackageLimits.applyToPoi();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = workbook.getSheetAt(0);
      var formatter = new DataFormatter(Locale.ROOT);
      Row header = sheet.getRow(sheet.getFirstRowNum());
      Map<String, Integer> columns = new HashMap<>();
      if (header != null) {
        for (Cell cell : header) {
          columns.put(fold(formatter.formatCellValue(cell)), cell.getColumnIndex());
        }
      }
      int code = columns.getOrDefault(fold(HEADERS.get(CODE)), -1);
      int outcome = columns.getOrDefault(fold(HEADERS.get(OUTCOME)), -1);
      int answer = columns.getOrDefault(fold(HEADERS.get(ANSWER)), -1);
      if (code < 0 || outcome < 0 || answer < 0) {
        throw Refusal.of(
            Reason.INVALID,
            "sheet.error.columns",
            String.join(", ", HEADERS.get(CODE), HEADERS.get(OUTCOME), HEADERS.get(ANSWER)));
      }
      List<SheetRow> rows = new ArrayList<>();
      for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        var read =
            new SheetRow(
                r + 1,
                text(row, code, formatter),
                text(row, outcome, formatter),
                text(row, answer, formatter));
        if (read.code().isBlank() && read.outcome().isBlank() && read.answer().isBlank()) {
          continue;
        }
        if (rows.size() == MAX_ROWS) {
          throw Refusal.of(Reason.INVALID, "sheet.error.tooManyRows", MAX_ROWS);
        }
        rows.add(read);
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      if (e instanceof Refusal violation) {
        throw violation;
      }
      throw Refusal.of(Reason.INVALID, "sheet.error.unreadable");
    }
  }

  private static String text(Row row, int column, DataFormatter formatter) {
    Cell cell = row.getCell(column);
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      return "";
    }
    return formatter.formatCellValue(cell).strip();
  }
}
