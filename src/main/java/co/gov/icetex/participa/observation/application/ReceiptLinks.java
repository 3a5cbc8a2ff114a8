package co.gov.icetex.participa.observation.application;

import co.gov.icetex.participa.shared.Signer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The confirmation page's address carries the tracking code and a signature of it, so only the
 * person who submitted (who was redirected there) sees the summary; guessing codes shows nothing.
 */
@ApplicationScoped
public class ReceiptLinks {

  private static final String PURPOSE = "receipt";

  @Inject Signer signer;

  public Map<String, String> params(String trackingCode) {
    return Map.of("codigo", trackingCode, "firma", signer.sign(PURPOSE, trackingCode));
  }

  public boolean isGenuine(String trackingCode, String signature) {
    return trackingCode != null && signer.verify(PURPOSE, trackingCode, signature);
  }
}
