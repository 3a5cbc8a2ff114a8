package co.gov.icetex.participa.consultation.importing;

import co.gov.icetex.participa.shared.validation.Refusal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Text parts from a Word document: paragraphs styled Heading 1, 2 or 3 (in English or Spanish Word:
 * "Título 1"…, whose style ids are "Ttulo1"…) open parts; other paragraphs are their body; a
 * table's rows are kept as lines of text with their cells separated by " | ".
 */
public final class DocxImporter {

  /** "heading1", "titulo1", "ttulo1" once accents and spaces are removed. */
  private static final Pattern HEADING_STYLE =
      Pattern.compile("^(?:heading|titulo|ttulo|encabezado)([1-9])$");

  private DocxImporter() {}

  public static List<ImportedPart> parse(byte[] content) {
    OfficePackages.guard();
    var outline = new Outline();
    try (var doc = new XWPFDocument(new ByteArrayInputStream(content))) {
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          int level = headingLevel(doc, p);
          if (level > 0) {
            outline.heading(level, p.getText());
          } else {
            outline.text(p.getText());
          }
        } else if (element instanceof XWPFTable table) {
          table
              .getRows()
              .forEach(
                  row ->
                      outline.text(
                          row.getTableCells().stream()
                              .map(XWPFTableCell::getText)
                              .map(String::strip)
                              .collect(Collectors.joining(" | "))));
          outline.text("");
        }
      }
    } catch (Refusal refused) {
      throw refused;
    } catch (IOException | RuntimeException e) {
      throw OfficePackages.unreadable(e, "DOCX");
    }
    return outline.build();
  }

  /** 1 to 9 for a heading paragraph, 0 for body text. */
  static int headingLevel(XWPFDocument doc, XWPFParagraph p) {
    String id = p.getStyleID();
    if (id == null) {
      return 0;
    }
    int byId = level(id);
    if (byId > 0) {
      return byId;
    }
    XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
    return style == null || style.getName() == null ? 0 : level(style.getName());
  }

  private static int level(String styleName) {
    String key =
        Normalizer.normalize(styleName, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[\\s_-]", "")
            .toLowerCase(Locale.ROOT);
    Matcher m = HEADING_STYLE.matcher(key);
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }
}
