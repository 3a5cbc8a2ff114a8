package co.gov.icetex.participa.answer.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An approver's return of a drafted answer: what must change, which the drafter will read. */
public record ReturnForChanges(
    @NotBlank(message = "answer.error.returnCommentRequired")
        @Size(max = 2000, message = "validation.answer.commentTooLong")
        String comment) {}
