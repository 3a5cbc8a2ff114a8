package co.gov.icetex.participa.finalversion.application;

import co.gov.icetex.participa.finalversion.diff.TextDiff;

/** One cell of a table row compared between the draft and the final version. */
public record CellDiff(String label, TextDiff diff) {}
