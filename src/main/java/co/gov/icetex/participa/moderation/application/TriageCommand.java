package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.observation.domain.PetitionKind;
import co.gov.icetex.participa.observation.domain.Triage;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A triage decision on one observation. The rules that depend on the decision (a reason for a
 * rejection or a petition, an original of the same consultation for a duplicate, a kind for a
 * petition) are the observation's own, checked by {@code Observation.triage}.
 *
 * @param duplicateOf the tracking code of the original, for a duplicate
 */
public record TriageCommand(
    @NotNull(message = "moderation.error.decisionRequired") Triage decision,
    @Size(max = 2000, message = "validation.review.reasonTooLong") String reason,
    @Size(max = 40, message = "moderation.error.duplicateOriginal") String duplicateOf,
    PetitionKind petitionKind) {}
