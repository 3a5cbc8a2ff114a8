package co.gov.icetex.participa.answer.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An extension of an observation's answer deadline (Ley 1755 de 2015, art. 14 par.). The range of
 * the date depends on the observation, so {@code Observation.extendDeadline} checks it.
 */
public record DeadlineExtension(
    @NotNull(message = "validation.deadline.dateRequired") LocalDate date,
    @NotBlank(message = "deadline.error.reasonRequired")
        @Size(max = 2000, message = "validation.deadline.reasonTooLong")
        String reason) {}
