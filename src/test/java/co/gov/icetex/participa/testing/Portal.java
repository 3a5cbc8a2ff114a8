package co.gov.icetex.participa.testing;

import java.net.URL;

/**
 * The address of the one portal deployment the integration checks share (see {@code PortalIT}): set
 * once Arquillian has deployed it, read by every checks class.
 */
public final class Portal {

  private static volatile URL url;

  private Portal() {}

  static void share(URL deployed) {
    url = deployed;
  }

  /** The deployed portal's base URL, ending in "/". */
  public static URL url() {
    if (url == null) {
      throw new IllegalStateException(
          "The portal is not deployed: run the checks through PortalIT");
    }
    return url;
  }

  /** For PortalIT, which lives outside this package. */
  public static void shareDeployment(URL deployed) {
    share(deployed);
  }
}
