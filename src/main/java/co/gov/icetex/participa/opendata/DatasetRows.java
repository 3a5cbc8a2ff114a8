package co.gov.icetex.participa.opendata;

import java.util.List;

/**
 * A dataset's rows, each a list of values in the order of {@link Dataset#columns()} (null: empty).
 */
public record DatasetRows(Dataset dataset, List<List<Object>> rows) {}
