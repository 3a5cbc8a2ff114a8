package co.gov.icetex.participa.finalversion.application;

import co.gov.icetex.participa.consultation.domain.EditorialState;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The editor's view of a consultation's final version: whether it can start (only once closed), its
 * parts with their changes and links, and the observations that may be linked.
 */
public record FinalVersionWorkspace(
    long consultationId,
    String slug,
    String title,
    EditorialState state,
    boolean started,
    boolean published,
    String summary,
    Instant publishedAt,
    String publishedBy,
    List<FinalPartRow> parts,
    List<LinkOption> candidates)
    implements Serializable {

  public boolean closed() {
    return state == EditorialState.CLOSED;
  }

  public long changes() {
    return parts.stream().filter(p -> p.changeType().isChange()).count();
  }
}
