package co.gov.icetex.participa.finalversion.application;

import jakarta.validation.constraints.NotNull;

/**
 * The observation an editor links to a change of the final version; whether it may be linked
 * (accepted, of this consultation, on a changed part) is the final version's rule.
 */
public record LinkRequest(
    @NotNull(message = "finalVersion.error.observationRequired") Long observation) {}
