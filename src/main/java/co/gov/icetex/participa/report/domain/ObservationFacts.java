package co.gov.icetex.participa.report.domain;

import co.gov.icetex.participa.answer.domain.AnswerOutcome;
import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.ObservationStatus;
import co.gov.icetex.participa.observation.domain.StakeholderGroup;
import co.gov.icetex.participa.observation.domain.Triage;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the report needs to know of one observation and its answer, read from the live entities at
 * publication. Plain values, so the rules that make it public ({@link ReportEntry#of}) are testable
 * alone.
 *
 * @param partLabel the commented part ("2.1 Monitoreo"), or null for the whole document
 * @param answerPublishedAt when its answer was published; null unless the status is PUBLISHED
 */
public record ObservationFacts(
    String trackingCode,
    String partLabel,
    String authorName,
    boolean showName,
    StakeholderGroup group,
    String departmentCode,
    Channel channel,
    Instant receivedAt,
    String text,
    ObservationStatus status,
    Triage triage,
    AnswerOutcome outcome,
    String answerText,
    Instant answerPublishedAt,
    LocalDate dueDate) {}
