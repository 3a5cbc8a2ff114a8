package co.gov.icetex.participa.shared.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A download header that survives accents and quotes in file names (RFC 6266 / RFC 5987). */
public final class ContentDisposition {

  private ContentDisposition() {}

  public static String attachment(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
