package co.gov.icetex.participa.demo;

import co.gov.icetex.participa.consultation.domain.PartKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a plan extracted from Word (the PAAC 2020 seed) into an outline.
 *
 * <ul>
 *   <li>"1. GESTION DE RIESGOS" is a chapter, "6.1 ESTRATEGIA …" a section; an all-caps line before
 *       the first chapter ("INTRODUCCIÓN") is an unnumbered chapter, later ones ("PLAN DE TRABAJO
 *       2020:") are captions: sections of the current chapter or numbered section.
 *   <li>Other lines are prose: the body of the part they follow.
 *   <li>Tab-indented lines are table cells, one per line; a blank line ends a row, an untabbed line
 *       continues the cell above it. The first row of a table is its header; a row with a single
 *       heading-like cell ("RESPONSABILIDAD", "2. Participación en …") groups the rows after it.
 * </ul>
 */
public final class PaacSeedParser {

  /** Where the seed lives on the classpath. */
  public static final String RESOURCE = "/demo/paac-2020-icetex.txt";

  private static final Pattern TABLE_LINE = Pattern.compile("^ *\\t");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s+(\\S.*)$");
  private static final Pattern GROUP_NUMBER = Pattern.compile("^(\\d+)\\.\\s+(\\S.*)$");
  private static final Pattern DATE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");
  private static final int MAX_HEADING = 120;

  private final Deque<SeedDraft> open = new ArrayDeque<>();
  private SeedTable table;
  private List<StringBuilder> row;

  private PaacSeedParser() {
    open.push(SeedDraft.root());
  }

  /** Parses the seed shipped with the application. */
  public static SeedOutline parseResource() {
    try (InputStream in = PaacSeedParser.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing classpath resource " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static SeedOutline parse(String text) {
    var parser = new PaacSeedParser();
    (text.startsWith("\uFEFF") ? text.substring(1) : text).lines().forEach(parser::line);
    parser.endRow();
    return new SeedOutline(parser.open.getLast().freezeChildren());
  }

  private void line(String raw) {
    String line = SeedText.stripMarkers(raw);
    if (TABLE_LINE.matcher(line).lookingAt()) {
      if (row == null) {
        row = new ArrayList<>();
      }
      row.add(new StringBuilder(line.substring(line.indexOf('\t') + 1)));
      return;
    }
    String text = SeedText.clean(line);
    if (text.isEmpty()) {
      endRow();
    } else if (row != null) {
      continueCell(row.get(row.size() - 1), text);
    } else {
      endTable();
      textLine(text);
    }
  }

  private static void continueCell(StringBuilder cell, String text) {
    String before = SeedText.clean(cell.toString());
    boolean dates =
        DATE.matcher(text).matches()
            && before.length() >= 10
            && DATE.matcher(before.substring(before.length() - 10)).matches();
    cell.setLength(0);
    cell.append(before.isEmpty() ? text : before + (dates ? ", " : " ") + text);
  }

  private void textLine(String text) {
    Matcher numbered = NUMBERED.matcher(text);
    if (numbered.matches() && SeedText.isAllCaps(numbered.group(2))) {
      boolean chapter = !numbered.group(1).contains(".");
      openPart(
          SeedDraft.heading(
              chapter ? PartKind.CHAPTER : PartKind.SECTION,
              numbered.group(1),
              SeedText.readable(numbered.group(2)),
              chapter ? SeedDraft.CHAPTER : SeedDraft.NUMBERED_SECTION));
    } else if (SeedText.isAllCaps(text) && text.length() <= MAX_HEADING) {
      String title =
          SeedText.readable(text.endsWith(":") ? text.substring(0, text.length() - 1) : text);
      boolean beforeChapters = open.peek().level == SeedDraft.ROOT;
      openPart(
          beforeChapters
              ? SeedDraft.heading(PartKind.CHAPTER, null, title, SeedDraft.CHAPTER)
              : SeedDraft.heading(PartKind.SECTION, null, title, SeedDraft.CAPTION));
    } else {
      open.peek().addProse(text);
    }
  }

  /** Text after a table closes the table's groups: it belongs to the part that holds the table. */
  private void endTable() {
    table = null;
    while (open.peek().level == SeedDraft.TABLE_GROUP) {
      open.pop();
    }
  }

  private void openPart(SeedDraft part) {
    while (open.peek().level >= part.level) {
      open.pop();
    }
    open.peek().add(part);
    open.push(part);
  }

  private void endRow() {
    if (row == null) {
      return;
    }
    List<String> cells = row.stream().map(c -> SeedText.clean(c.toString())).toList();
    row = null;
    List<String> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
    if (filled.isEmpty()) {
      return;
    }
    if (table == null) {
      table = new SeedTable(filled);
    } else if (filled.equals(table.labels())) {
      return; // the header repeated after a page break
    } else if (filled.size() == 1 && table.width() > 1 && isGroupHeading(filled.get(0))) {
      table.startGroup();
      Matcher numbered = GROUP_NUMBER.matcher(filled.get(0));
      openPart(
          numbered.matches()
              ? SeedDraft.heading(
                  PartKind.SECTION,
                  numbered.group(1),
                  SeedText.readable(numbered.group(2)),
                  SeedDraft.TABLE_GROUP)
              : SeedDraft.heading(
                  PartKind.SECTION, null, SeedText.readable(filled.get(0)), SeedDraft.TABLE_GROUP));
    } else {
      open.peek().add(table.row(cells));
    }
  }

  private static boolean isGroupHeading(String cell) {
    return GROUP_NUMBER.matcher(cell).matches() || SeedText.startsInCaps(cell);
  }
}
