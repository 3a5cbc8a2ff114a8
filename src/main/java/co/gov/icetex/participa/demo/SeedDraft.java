package co.gov.icetex.participa.demo;

import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A part while the parser still fills it in; {@link #freeze()} turns it into an immutable {@link
 * SeedNode}. The level orders headings: a new heading closes every open part of its level or
 * deeper.
 */
final class SeedDraft {

  static final int ROOT = 0;
  static final int CHAPTER = 1;
  static final int NUMBERED_SECTION = 2;
  static final int CAPTION = 3;
  static final int TABLE_GROUP = 4;
  static final int LEAF = 5;

  /** Prose longer than this becomes paragraph parts, so that each can be commented on. */
  static final int LONG_BODY = 1200;

  final PartKind kind;
  final String numberLabel;
  final String title;
  final int level;
  private final List<PartField> fields;
  private final String body;
  private final List<String> paragraphs = new ArrayList<>();
  private final List<SeedDraft> children = new ArrayList<>();

  private SeedDraft(
      PartKind kind,
      String numberLabel,
      String title,
      String body,
      List<PartField> fields,
      int level) {
    this.kind = kind;
    this.numberLabel = numberLabel;
    this.title = title;
    this.body = body;
    this.fields = fields;
    this.level = level;
  }

  static SeedDraft root() {
    return new SeedDraft(PartKind.CHAPTER, null, "root", null, List.of(), ROOT);
  }

  static SeedDraft heading(PartKind kind, String numberLabel, String title, int level) {
    return new SeedDraft(kind, numberLabel, title, null, List.of(), level);
  }

  static SeedDraft row(String title, List<PartField> fields) {
    return new SeedDraft(PartKind.ACTIVITY, null, title, null, List.copyOf(fields), LEAF);
  }

  private static SeedDraft paragraph(String text) {
    return new SeedDraft(
        PartKind.PARAGRAPH,
        null,
        SeedText.shorten(text, SeedText.TITLE_LENGTH),
        text,
        List.of(),
        LEAF);
  }

  void add(SeedDraft child) {
    children.add(child);
  }

  /**
   * Text before the first child is the part's body; text after it keeps its place as a paragraph.
   */
  void addProse(String text) {
    if (children.isEmpty()) {
      paragraphs.add(text);
    } else {
      children.add(paragraph(text));
    }
  }

  List<SeedNode> freezeChildren() {
    List<SeedNode> nodes = new ArrayList<>();
    String joined = String.join("\n\n", paragraphs);
    if (joined.length() > LONG_BODY || level == ROOT) {
      paragraphs.forEach(p -> nodes.add(paragraph(p).freeze()));
    }
    children.forEach(c -> nodes.add(c.freeze()));
    return nodes;
  }

  SeedNode freeze() {
    String joined = body != null ? body : String.join("\n\n", paragraphs);
    String ownBody = joined.isEmpty() || joined.length() > LONG_BODY ? null : joined;
    return new SeedNode(kind, numberLabel, title, ownBody, fields, freezeChildren());
  }
}
