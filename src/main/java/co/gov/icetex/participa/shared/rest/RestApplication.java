package co.gov.icetex.participa.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The public JSON API, versioned in its path: {@code /api/v1/...}. */
@ApplicationPath("/api")
public class RestApplication extends Application {}
