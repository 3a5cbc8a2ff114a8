package co.gov.icetex.participa.shared;

import java.util.Arrays;
import java.util.List;

/**
 * The addresses whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} the portal believes:
 * the proxies in front of it (nginx), given as addresses or CIDR blocks ({@code 127.0.0.1}, {@code
 * ::1}, {@code 10.0.0.0/8}). Anyone can send those headers; only a request that arrives from one of
 * these addresses was forwarded by a proxy that set them. Addresses are compared by {@link
 * IpAddresses}, which never resolves a name.
 */
public final class TrustedProxies {

  private final List<String> networks;

  private TrustedProxies(List<String> networks) {
    this.networks = networks;
  }

  /**
   * From a comma-separated list; entries that are not literal addresses or networks are refused.
   */
  public static TrustedProxies parse(String list) {
    List<String> networks =
        Arrays.stream(list == null ? new String[0] : list.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    for (String network : networks) {
      if (!IpAddresses.isNetwork(network)) {
        throw new IllegalArgumentException("Not an address or CIDR block: " + network);
      }
    }
    return new TrustedProxies(networks);
  }

  /**
   * Whether {@code address} (as the container or a forwarding hop reports it) lies in one of the
   * blocks.
   */
  public boolean contains(String address) {
    return networks.stream().anyMatch(n -> IpAddresses.matches(n, address));
  }
}
