package co.gov.icetex.participa.consultation.rest;

import co.gov.icetex.participa.consultation.application.ConsultationDocument;
import co.gov.icetex.participa.consultation.application.ConsultationSummary;
import co.gov.icetex.participa.consultation.application.FileSummary;
import co.gov.icetex.participa.consultation.application.FinalVersionLinks;
import co.gov.icetex.participa.consultation.application.NoticeView;
import co.gov.icetex.participa.consultation.application.PartView;
import co.gov.icetex.participa.consultation.application.RevisionView;
import co.gov.icetex.participa.consultation.domain.PartField;
import co.gov.icetex.participa.consultation.domain.RevisionChange;
import java.time.Instant;
import java.util.List;

/** The API's JSON shapes for consultations. They carry no personal data by construction. */
public final class ConsultationJson {

  private ConsultationJson() {}

  /**
   * One consultation in a listing. {@code state} is OPEN, UPCOMING or CLOSED at the time of
   * reading.
   */
  public record Item(
      String slug,
      String title,
      String type,
      String state,
      int year,
      String office,
      String summary,
      Instant opensAt,
      Instant closesAt,
      long daysLeft) {

    static Item of(ConsultationSummary s) {
      return new Item(
          s.slug(),
          s.title(),
          s.type().name(),
          s.phase().name(),
          s.year(),
          s.office(),
          s.summary(),
          s.opensAt(),
          s.closesAt(),
          s.daysLeft());
    }
  }

  public record Page(List<Item> items, int total) {}

  public record Field(String label, String value) {
    static Field of(PartField f) {
      return new Field(f.label(), f.value());
    }
  }

  /**
   * A commentable part; {@code kind} tells text parts from table rows, whose cells are in fields.
   */
  public record Part(
      Long id,
      Long parentId,
      String kind,
      boolean tableRow,
      int depth,
      String number,
      String title,
      String body,
      List<Field> fields) {

    static Part of(PartView p) {
      return new Part(
          p.id(),
          p.parentId(),
          p.kind().name(),
          p.tableRow(),
          p.depth(),
          p.numberLabel(),
          p.title(),
          p.body(),
          p.fields().stream().map(Field::of).toList());
    }
  }

  public record File(
      Long id, String title, String fileName, String mediaType, long sizeBytes, String url) {
    static File of(String slug, FileSummary f) {
      return new File(
          f.id(),
          f.title(),
          f.fileName(),
          f.mediaType(),
          f.sizeBytes(),
          "/api/v1/consultations/" + slug + "/files/" + f.id());
    }
  }

  /** A public notice that the window changed: {@code kind} is EXTENDED or CLOSED_EARLY. */
  public record Notice(
      String kind, String text, Instant at, Instant previousClosesAt, Instant newClosesAt) {
    static Notice of(NoticeView n) {
      return new Notice(n.kind().name(), n.text(), n.at(), n.previousClosesAt(), n.newClosesAt());
    }
  }

  /** One changed text of a correction; {@code partId} is null for the consultation's own texts. */
  public record Change(
      String field, Long partId, String part, String cell, String before, String after) {
    static Change of(RevisionChange c) {
      return new Change(c.field(), c.partId(), c.partLabel(), c.cellLabel(), c.before(), c.after());
    }
  }

  /** A correction: the version it created, when, its change note and what changed. */
  public record Revision(int version, Instant at, String note, List<Change> changes) {
    static Revision of(RevisionView r) {
      return new Revision(
          r.version(), r.at(), r.note(), r.changes().stream().map(Change::of).toList());
    }
  }

  public record Detail(
      String slug,
      String title,
      String type,
      String state,
      int year,
      String office,
      String summary,
      Instant opensAt,
      Instant closesAt,
      long daysLeft,
      String shortWindowReason,
      int version,
      List<Notice> notices,
      List<Revision> revisions,
      List<File> files,
      List<Part> parts,
      FinalVersion finalVersion) {

    static Detail of(ConsultationDocument d) {
      return of(d, null);
    }

    /** With the final version when it is published (null, and so left out, before). */
    static Detail of(ConsultationDocument d, FinalVersion finalVersion) {
      ConsultationSummary s = d.summary();
      return new Detail(
          s.slug(),
          s.title(),
          s.type().name(),
          s.phase().name(),
          s.year(),
          s.office(),
          s.summary(),
          s.opensAt(),
          s.closesAt(),
          s.daysLeft(),
          d.shortWindowReason(),
          d.version(),
          d.notices().stream().map(Notice::of).toList(),
          d.revisions().stream().map(Revision::of).toList(),
          d.files().stream().map(f -> File.of(s.slug(), f)).toList(),
          d.parts().stream().map(Part::of).toList(),
          finalVersion);
    }
  }

  /**
   * A part of the final version: {@code draftPartId} is the draft part it comes from (null when
   * added), {@code changeType} UNCHANGED, CHANGED, ADDED or REMOVED (a removed part carries the
   * draft's number and title only), and {@code observations} the tracking codes of the observations
   * that led to the change. No names and no texts of citizens: those are on the public page,
   * redacted.
   */
  public record FinalPart(
      Long id,
      Long draftPartId,
      String changeType,
      String kind,
      boolean tableRow,
      int depth,
      String number,
      String title,
      String body,
      List<Field> fields,
      List<String> observations) {

    static FinalPart of(FinalVersionLinks.Part p) {
      return new FinalPart(
          p.id(),
          p.draftPartId(),
          p.changeType(),
          p.kind().name(),
          p.kind().isTableRow(),
          p.depth(),
          p.numberLabel(),
          p.title(),
          p.body(),
          p.fields().stream().map(Field::of).toList(),
          p.observations());
    }
  }

  /** The published final version: when, the summary of changes, and every part in final order. */
  public record FinalVersion(
      Instant publishedAt, String summary, int changes, List<FinalPart> parts) {
    static FinalVersion of(FinalVersionLinks.Published f) {
      return new FinalVersion(
          f.publishedAt(),
          f.summary(),
          f.changes(),
          f.parts().stream().map(FinalPart::of).toList());
    }
  }
}
