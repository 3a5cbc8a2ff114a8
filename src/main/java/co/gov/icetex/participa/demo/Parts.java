package co.gov.icetex.participa.demo;

import co.gov.icetex.participa.consultation.domain.Consultation;
import co.gov.icetex.participa.consultation.domain.ConsultationPart;
import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.PartKind;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Short ways to add the parts of demo content to a consultation, in document order. */
final class Parts {

  private Parts() {}

  static ConsultationPart chapter(Consultation c, String number, String title, String body) {
    return c.addPart(null, PartKind.CHAPTER, number, title, body, null);
  }

  static ConsultationPart section(
      Consultation c, ConsultationPart parent, String number, String title, String body) {
    return c.addPart(parent, PartKind.SECTION, number, title, body, null);
  }

  static ConsultationPart paragraph(
      Consultation c, ConsultationPart parent, String title, String body) {
    return c.addPart(parent, PartKind.PARAGRAPH, null, title, body, null);
  }

  /**
   * One table row; its title is {@code title} shortened, its cells pair {@code labels} and values.
   */
  static ConsultationPart row(
      Consultation c,
      ConsultationPart parent,
      PartKind kind,
      String title,
      List<String> labels,
      String... values) {
    if (values.length != labels.size()) {
      throw new IllegalArgumentException(
          "Expected " + labels.size() + " cells: " + List.of(values));
    }
    List<PartField> fields = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      fields.add(new PartField(labels.get(i), values[i]));
    }
    return c.addPart(
        parent, kind, null, SeedText.shorten(title, SeedText.TITLE_LENGTH), null, fields);
  }

  /** Table rows titled by their first cell. */
  static void rows(
      Consultation c,
      ConsultationPart parent,
      PartKind kind,
      List<String> labels,
      String[][] rows) {
    for (String[] values : rows) {
      row(c, parent, kind, values[0], labels, values);
    }
  }

  /** Adds an imported outline under {@code parent} (null for the top level), keeping its order. */
  static void addOutline(Consultation c, ConsultationPart parent, List<SeedNode> nodes) {
    for (SeedNode node : nodes) {
      ConsultationPart part =
          c.addPart(
              parent, node.kind(), node.numberLabel(), node.title(), node.body(), node.fields());
      addOutline(c, part, node.children());
    }
  }

  /** An amount in Colombian pesos as people write it: "$ 1.234.567.000". */
  static String pesos(long amount) {
    var symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('-');
    return "$ " + new DecimalFormat("#,##0", symbols).format(amount);
  }
}
