package co.gov.icetex.participa.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Small Faces helpers shared by backing beans: answering 404 and redirecting after a post. */
public final class Pages {

  private Pages() {}

  public static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /**
   * Redirects to a page of the portal ({@code path} without the context path) with query params.
   */
  public static void redirect(String path, Map<String, String> params) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String query =
        params.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    try {
      external.redirect(
          external.getRequestContextPath() + path + (query.isEmpty() ? "" : "?" + query));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
