package co.gov.icetex.participa.statistics;

import co.gov.icetex.participa.consultation.domain.ConsultationType;

/**
 * Which consultations the figures cover: a year (vigencia), a type, both or neither (null: all).
 */
public record StatisticsFilter(Integer year, ConsultationType type) {

  public static StatisticsFilter none() {
    return new StatisticsFilter(null, null);
  }
}
