package co.gov.icetex.participa.observation.domain;

import java.util.EnumSet;
import java.util.Set;

/** How an observation reached ICETEX; reported in the statistics. */
public enum Channel {
  WEB,
  API,
  EMAIL,
  LETTER,
  REGIONAL_MEETING,
  HEARING;

  /** The channels staff register by hand, on behalf of the citizen. */
  public static final Set<Channel> REGISTERED_BY_STAFF =
      EnumSet.of(EMAIL, LETTER, REGIONAL_MEETING, HEARING);
}
