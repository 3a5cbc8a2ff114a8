package co.gov.icetex.participa.shared.web;

import co.gov.icetex.participa.shared.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie (staff only: public pages create no session) is HttpOnly and SameSite=Lax
 * (web.xml), so another site can neither read it nor make a browser send it with a cross-site post;
 * when the portal is served over HTTPS (its base URL says so) it is also Secure, never sent in
 * clear.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

  @Inject Settings settings;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (settings.isHttps()) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
