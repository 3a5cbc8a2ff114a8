package co.gov.icetex.participa.consultation.importing;

import co.gov.icetex.participa.consultation.domain.PartKind;
import co.gov.icetex.participa.shared.Messages;
import co.gov.icetex.participa.shared.PlainText;
import co.gov.icetex.participa.shared.validation.Refusal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds an outline of text parts from headings and paragraphs in reading order, as the Markdown
 * and DOCX importers meet them: a level-1 heading opens a chapter, level 2 a section inside it,
 * level 3 a paragraph part inside that; text belongs to the last heading. Text before the first
 * heading becomes a part of its own ("Presentación"), so nothing is dropped. A heading starting
 * with a number such as "1.2" or "3." keeps it as the part's number.
 */
final class Outline {

  private static final Pattern NUMBERED = Pattern.compile("^((?:\\d+\\.)*\\d+)\\.?\\s+(\\S.*)$");

  private final class Node {
    final int level;
    final String numberLabel;
    final String title;
    final StringBuilder body = new StringBuilder();
    final List<Node> children = new ArrayList<>();

    Node(int level, String numberLabel, String title) {
      this.level = level;
      this.numberLabel = numberLabel;
      this.title = title;
    }
  }

  private final List<Node> roots = new ArrayList<>();
  private final Deque<Node> open = new ArrayDeque<>();
  private Node preamble;
  private int count;

  /** A heading of level 1 to 3 (deeper ones count as 3). Blank headings are ignored. */
  void heading(int level, String text) {
    String title = PlainText.singleLine(text);
    if (title == null || title.isEmpty()) {
      return;
    }
    int lvl = Math.max(1, Math.min(3, level));
    String number = null;
    Matcher m = NUMBERED.matcher(title);
    if (m.matches() && m.group(1).length() <= 40) {
      number = m.group(1);
      title = m.group(2).strip();
    }
    while (!open.isEmpty() && open.peek().level >= lvl) {
      open.pop();
    }
    Node node = new Node(lvl, number, title);
    if (open.isEmpty()) {
      roots.add(node);
    } else {
      open.peek().children.add(node);
    }
    open.push(node);
    counted();
  }

  /** A line or paragraph of text of the current part; a blank line separates paragraphs. */
  void text(String line) {
    Node target = open.peek();
    if (target == null) {
      if (preamble == null) {
        if (line == null || line.isBlank()) {
          return;
        }
        preamble = new Node(1, null, Messages.get("editor.import.preamble"));
        roots.add(0, preamble);
        counted();
      }
      target = preamble;
    }
    target.body.append(line == null ? "" : line).append('\n');
    if (target.body.length() > ImportLimits.MAX_BODY * 2) {
      throw Refusal.invalid(
          ImportLimits.FIELD,
          "editor.import.error.textTooLong",
          target.title,
          ImportLimits.MAX_BODY);
    }
  }

  private void counted() {
    if (++count > ImportLimits.MAX_PARTS) {
      throw Refusal.invalid(
          ImportLimits.FIELD, "editor.import.error.tooManyParts", ImportLimits.MAX_PARTS);
    }
  }

  List<ImportedPart> build() {
    if (roots.isEmpty()) {
      throw Refusal.invalid(ImportLimits.FIELD, "editor.import.error.noParts");
    }
    return roots.stream().map(this::toPart).toList();
  }

  private ImportedPart toPart(Node node) {
    String body = PlainText.multiLine(node.body.toString());
    body = body == null ? null : body.replaceAll("\n{3,}", "\n\n");
    if (body != null && body.length() > ImportLimits.MAX_BODY) {
      throw Refusal.invalid(
          ImportLimits.FIELD, "editor.import.error.textTooLong", node.title, ImportLimits.MAX_BODY);
    }
    PartKind kind =
        switch (node.level) {
          case 1 -> PartKind.CHAPTER;
          case 2 -> PartKind.SECTION;
          default -> PartKind.PARAGRAPH;
        };
    return new ImportedPart(
        kind,
        node.numberLabel,
        node.title,
        body,
        List.of(),
        node.children.stream().map(this::toPart).toList());
  }
}
