package co.gov.icetex.participa.shared.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives every Faces resource URL (the theme's CSS and images, PrimeFaces' and Faces' scripts) a
 * version, {@code v=}, taken from the resource's content, and lets browsers and caches keep a
 * versioned URL for a year without asking again ({@code immutable}). A deploy that changes a file
 * changes its URL, so nobody is left on the old CSS; an unchanged file keeps its URL and its cached
 * copy. The version is a hash of the content, not of the build, so every instance running the same
 * WAR gives the same URL.
 *
 * <p>A request whose {@code v} is not the current one (a page rendered by an older instance during
 * a rolling deploy) is answered with the current content but {@code no-cache}, so no cache files
 * the new content under the old URL for a year; a request without {@code v} gets five minutes.
 */
public class VersionedResources extends ResourceHandlerWrapper {

  static final String VERSION_PARAM = "v";
  static final Duration IMMUTABLE_FOR = Duration.ofDays(365);
  static final String IMMUTABLE = "public, max-age=" + IMMUTABLE_FOR.toSeconds() + ", immutable";
  static final String UNVERSIONED = "public, max-age=300";
  static final String OUTDATED = "no-cache";

  private static final String MAPPING_SUFFIX = ".xhtml";
  private static final String DYNAMIC = "dynamiccontent.properties";

  private final Map<String, String> versions = new ConcurrentHashMap<>();

  public VersionedResources(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Resource createResource(String resourceName) {
    return versioned(super.createResource(resourceName));
  }

  @Override
  public Resource createResource(String resourceName, String libraryName) {
    return versioned(super.createResource(resourceName, libraryName));
  }

  @Override
  public Resource createResource(String resourceName, String libraryName, String contentType) {
    return versioned(super.createResource(resourceName, libraryName, contentType));
  }

  @Override
  public void handleResourceRequest(FacesContext context) throws IOException {
    ExternalContext external = context.getExternalContext();
    String requested = external.getRequestParameterMap().get(VERSION_PARAM);
    String policy = UNVERSIONED;
    if (requested != null) {
      String current = currentVersion(external);
      policy = requested.equals(current) ? IMMUTABLE : OUTDATED;
    }
    Object original = external.getResponse();
    external.setResponse(new CachePolicy((HttpServletResponse) original, policy));
    try {
      super.handleResourceRequest(context);
    } finally {
      external.setResponse(original);
    }
  }

  /** The version of the resource a request asks for, or null if it names none that exists. */
  private String currentVersion(ExternalContext external) {
    String path =
        external.getRequestServletPath()
            + (external.getRequestPathInfo() == null ? "" : external.getRequestPathInfo());
    String prefix = ResourceHandler.RESOURCE_IDENTIFIER + "/";
    if (!path.startsWith(prefix)) {
      return null;
    }
    String name = path.substring(prefix.length());
    if (name.endsWith(MAPPING_SUFFIX)) {
      name = name.substring(0, name.length() - MAPPING_SUFFIX.length());
    }
    Resource resource =
        getWrapped().createResource(name, external.getRequestParameterMap().get("ln"));
    return resource == null ? null : versionOf(resource);
  }

  private Resource versioned(Resource resource) {
    if (resource == null || DYNAMIC.equals(resource.getResourceName())) {
      return resource; // PrimeFaces' streamed content changes per request: it has no version
    }
    return new Versioned(resource);
  }

  /** The content hash of a resource, computed once per resource and instance. */
  private String versionOf(Resource resource) {
    String key = resource.getLibraryName() + ":" + resource.getResourceName();
    String known = versions.get(key);
    if (known != null) {
      return known;
    }
    String version = hash(resource);
    if (version != null) {
      versions.put(key, version);
    }
    return version;
  }

  private static String hash(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      if (in == null) {
        return null;
      }
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
        digesting.transferTo(OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 6);
    } catch (IOException | NoSuchAlgorithmException e) {
      return null; // an unreadable resource gets no version: it is then cached briefly, never for a
      // year
    }
  }

  /** {@code path} with its {@code v} parameter, if any, replaced by {@code version}. */
  static String withVersion(String path, String version) {
    int query = path.indexOf('?');
    String base = query < 0 ? path : path.substring(0, query);
    StringBuilder result = new StringBuilder(base);
    char separator = '?';
    if (query >= 0) {
      for (String param : path.substring(query + 1).split("&")) {
        if (param.isEmpty() || param.startsWith(VERSION_PARAM + "=")) {
          continue;
        }
        result.append(separator).append(param);
        separator = '&';
      }
    }
    return result.append(separator).append(VERSION_PARAM).append('=').append(version).toString();
  }

  private final class Versioned extends ResourceWrapper {

    Versioned(Resource resource) {
      super(resource);
    }

    @Override
    public String getRequestPath() {
      String path = super.getRequestPath();
      String version = versionOf(getWrapped());
      return version == null ? path : withVersion(path, version);
    }
  }

  /** Our caching headers instead of those the resource handler would set. */
  private static final class CachePolicy extends HttpServletResponseWrapper {

    CachePolicy(HttpServletResponse response, String cacheControl) {
      super(response);
      response.setHeader("Cache-Control", cacheControl);
      if (IMMUTABLE.equals(cacheControl)) {
        response.setDateHeader("Expires", System.currentTimeMillis() + IMMUTABLE_FOR.toMillis());
      }
    }

    private static boolean ours(String name) {
      return "Cache-Control".equalsIgnoreCase(name)
          || "Expires".equalsIgnoreCase(name)
          || "Pragma".equalsIgnoreCase(name);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!ours(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!ours(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setDateHeader(String name, long date) {
      if (!ours(name)) {
        super.setDateHeader(name, date);
      }
    }

    @Override
    public void addDateHeader(String name, long date) {
      if (!ours(name)) {
        super.addDateHeader(name, date);
      }
    }
  }
}
