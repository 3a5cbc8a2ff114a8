package co.gov.icetex.participa.statistics;

/**
 * One figure of a breakdown: its code (as in the API and datasets), its Spanish label, the count
 * and its share of the total in whole percent (rounded; a bar is drawn that wide, and the number is
 * always shown).
 */
public record Count(String code, String label, long value, int percent) {}
