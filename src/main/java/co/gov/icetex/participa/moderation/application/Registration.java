package co.gov.icetex.participa.moderation.application;

import co.gov.icetex.participa.observation.domain.Channel;
import co.gov.icetex.participa.observation.domain.ObservationSubmission;
import java.time.LocalDate;

/**
 * An observation received by another channel, as staff type it in: the same data a citizen sends,
 * plus the channel and the Bogotá date it was received. The e-mail may be blank (a letter may have
 * none); consent is the one the citizen gave on paper or in the meeting, confirmed by staff.
 */
public record Registration(
    Long consultationId, Channel channel, LocalDate receivedOn, ObservationSubmission submission) {}
