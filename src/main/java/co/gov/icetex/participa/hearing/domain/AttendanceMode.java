package co.gov.icetex.participa.hearing.domain;

/** How a person attends: in the room, or following the live stream. Each has its own capacity. */
public enum AttendanceMode {
  IN_PERSON,
  ONLINE
}
