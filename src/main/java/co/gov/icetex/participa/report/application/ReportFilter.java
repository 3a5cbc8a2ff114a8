package co.gov.icetex.participa.report.application;

import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.report.domain.ReportDisposition;

/**
 * What a reader narrows a report's observations to; every value null means "any". {@code part} is a
 * part's label as the report froze it, or {@link #WHOLE_DOCUMENT} for observations on the whole
 * document. {@code result} is an {@link AnswerOutcome} (answered that way) or a {@link
 * ReportDisposition} other than answered (not admitted, sent on as a petition).
 */
public record ReportFilter(String part, Enum<?> result, StakeholderGroup group) {

  /** The part value of observations made on the whole document (they have no part label). */
  public static final String WHOLE_DOCUMENT = "-";

  public static final ReportFilter NONE = new ReportFilter(null, null, null);

  public boolean isEmpty() {
    return part == null && result == null && group == null;
  }
}
