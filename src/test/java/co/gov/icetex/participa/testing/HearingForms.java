package co.gov.icetex.participa.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The public hearing page's forms, filled in as a visitor's browser would post them. */
public final class HearingForms {

  private HearingForms() {}

  /** The anti-forgery token a public form carries. */
  public static String token(String html, String form) {
    Matcher m = Pattern.compile("id=\"" + form + ":token\"[^>]*value=\"([^\"]+)\"").matcher(html);
    if (!m.find()) {
      m = Pattern.compile("value=\"([^\"]+)\"[^>]*id=\"" + form + ":token\"").matcher(html);
      if (!m.find()) {
        throw new AssertionError("the form " + form + " carries no token");
      }
    }
    return m.group(1);
  }

  /** The registration form's fields, as a browser posts them (without the view state). */
  public static Map<String, String> registration(
      String hearing, String token, String fullName, String email, String mode) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("reg", "reg");
    f.put("h", hearing);
    f.put("reg:token", token);
    f.put("reg:fullName", fullName);
    f.put("reg:email", email);
    f.put("reg:mode", mode);
    f.put("reg:group", "ESTUDIANTE");
    f.put("reg:department", "05");
    f.put("reg:consent", "true");
    f.put("reg:submit", "Inscribirme");
    return f;
  }

  /** Registers to attend {@code hearing}; a forged post carries a made-up token. */
  public static StaffClient.Page register(
      StaffClient visitor,
      String hearing,
      String fullName,
      String email,
      String mode,
      boolean genuine) {
    var page = visitor.get("/audiencia?h=" + hearing);
    if (page.status() != 200) {
      throw new AssertionError("the hearing page answered " + page.status());
    }
    Map<String, String> f =
        registration(
            hearing,
            genuine ? token(page.body(), "reg") : "forged." + UUID.randomUUID(),
            fullName,
            email,
            mode);
    f.put("jakarta.faces.ViewState", StaffClient.viewState(page.body()));
    return visitor.postForm("/audiencia", f);
  }

  /**
   * The secret of the confirmation link in an e-mail, for {@code page} ("confirmar-inscripcion",
   * ...).
   */
  public static String secretIn(Mailbox.Mail mail, String page) {
    Matcher m = Pattern.compile("/" + page + "\\?t=([A-Za-z0-9_-]{43})").matcher(mail.body());
    if (!m.find()) {
      throw new AssertionError("no " + page + " link in " + mail.body());
    }
    return m.group(1);
  }

  /**
   * Opens a confirmation page from its link and presses its button, as the address's holder would.
   */
  public static StaffClient.Page confirm(StaffClient visitor, String page, String secret) {
    var opened = visitor.get("/" + page + "?t=" + secret);
    if (opened.status() != 200 || !opened.body().contains("id=\"confirm\"")) {
      throw new AssertionError("the confirmation page offers no button: " + opened.body());
    }
    Map<String, String> f = new LinkedHashMap<>();
    f.put("confirm", "confirm");
    f.put("confirm:t", secret);
    f.put("confirm:submit", "Confirmar");
    f.put("jakarta.faces.ViewState", StaffClient.viewState(opened.body()));
    return visitor.postForm("/" + page, f);
  }
}
