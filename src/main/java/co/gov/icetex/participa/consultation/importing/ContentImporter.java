package co.gov.icetex.participa.consultation.importing;

import co.gov.icetex.participa.consultation.domain.DocumentFileType;
import co.gov.icetex.participa.consultation.domain.PartKind;
import co.gov.icetex.participa.shared.files.FileSignature;
import co.gov.icetex.participa.shared.validation.Refusal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a consultation's parts from an uploaded file, choosing the reader by the file's extension
 * and refusing a file whose content is not of that type:
 *
 * <ul>
 *   <li>{@code .docx}, {@code .md}/{@code .markdown}: text parts (chapters, sections, paragraphs);
 *   <li>{@code .xlsx}, {@code .csv}: table rows of {@code rowKind}, titled by {@code titleColumn}.
 * </ul>
 */
public final class ContentImporter {

  /** What the import brought: the parts (a tree for text, a flat list for rows) and their count. */
  public record Result(List<ImportedPart> parts, int count) {}

  private ContentImporter() {}

  public static Result read(String fileName, byte[] content, PartKind rowKind, String titleColumn) {
    if (content == null || content.length == 0) {
      throw Refusal.invalid(ImportLimits.FIELD, "editor.import.error.empty");
    }
    if (content.length > ImportLimits.MAX_BYTES) {
      throw Refusal.invalid(
          ImportLimits.FIELD,
          "editor.import.error.tooLarge",
          ImportLimits.MAX_BYTES / (1024 * 1024));
    }
    String ext = FileSignature.extensionOf(fileName);
    List<ImportedPart> parts =
        switch (ext) {
          case "docx" -> {
            requireContent(content, DocumentFileType.DOCX, "DOCX");
            yield DocxImporter.parse(content);
          }
          case "xlsx" -> {
            requireContent(content, DocumentFileType.XLSX, "XLSX");
            yield TableImporter.toParts(XlsxReader.read(content), rowKind, titleColumn);
          }
          case "md", "markdown" -> MarkdownImporter.parse(text(content, "Markdown"));
          case "csv" ->
              TableImporter.toParts(CsvReader.read(text(content, "CSV")), rowKind, titleColumn);
          default -> throw Refusal.invalid(ImportLimits.FIELD, "editor.import.error.format");
        };
    int count = parts.stream().mapToInt(ImportedPart::count).sum();
    if (count > ImportLimits.MAX_PARTS) {
      throw Refusal.invalid(
          ImportLimits.FIELD, "editor.import.error.tooManyParts", ImportLimits.MAX_PARTS);
    }
    return new Result(parts, count);
  }

  private static void requireContent(byte[] content, DocumentFileType expected, String name) {
    if (FileSignature.inspect(content).suspicious()) {
      throw Refusal.invalid(ImportLimits.FIELD, "validation.file.zipBomb");
    }
    if (DocumentFileType.byContent(content).orElse(null) != expected) {
      throw Refusal.invalid(ImportLimits.FIELD, "editor.import.error.mismatch", name);
    }
  }

  /**
   * The text of a CSV or Markdown file: strict UTF-8 (a byte-order mark is dropped). Binary content
   * (a ZIP, a PDF, NUL bytes) is refused as not being what the name says.
   */
  static String text(byte[] content, String name) {
    if (FileSignature.looksLikeZip(content) || FileSignature.looksLikePdf(content)) {
      throw Refusal.invalid(ImportLimits.FIELD, "editor.import.error.mismatch", name);
    }
    int start =
        content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content, start, content.length - start))
              .toString();
    } catch (CharacterCodingException e) {
      throw Refusal.invalid(ImportLimits.FIELD, "editor.import.error.encoding", name);
    }
    if (text.indexOf('\0') >= 0) {
      throw Refusal.invalid(ImportLimits.FIELD, "editor.import.error.mismatch", name);
    }
    return text;
  }
}
