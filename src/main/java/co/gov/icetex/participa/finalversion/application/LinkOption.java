package co.gov.icetex.participa.finalversion.application;

import java.io.Serializable;

/**
 * An observation an editor may link to a change of the final version (its answer accepted it,
 * wholly or partly), as the editor's page lists it: tracking code, the draft part it was made on
 * (null for the whole document) and the answer's outcome. No personal data.
 */
public record LinkOption(
    long id, String trackingCode, Long partId, String partLabel, String outcome)
    implements Serializable {}
