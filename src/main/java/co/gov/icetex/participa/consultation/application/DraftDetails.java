package co.gov.icetex.participa.consultation.application;

import co.gov.icetex.participa.consultation.domain.ConsultationType;
import java.io.Serializable;

/** What an editor writes about a consultation: its type, title, summary, year and office. */
public record DraftDetails(ConsultationType type, String title, String summary, Integer year, String office)
    implements Serializable {}
