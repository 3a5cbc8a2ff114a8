package co.gov.icetex.participa.shared;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The addresses whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} the portal believes: the
 * proxies in front of it (nginx), given as addresses or CIDR blocks ({@code 127.0.0.1}, {@code ::1},
 * {@code 10.0.0.0/8}). Anyone can send those headers; only a request that arrives from one of these
 * addresses was forwarded by a proxy that set them.
 */
public final class TrustedProxies {

  private record Block(byte[] network, int prefix) {}

  private final List<Block> blocks;

  private TrustedProxies(List<Block> blocks) {
    this.blocks = blocks;
  }

  /** From a comma-separated list; entries that are not literal addresses are refused. */
  public static TrustedProxies parse(String list) {
    return new TrustedProxies(Arrays.stream(list == null ? new String[0] : list.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(TrustedProxies::block)
        .toList());
  }

  private static Block block(String entry) {
    int slash = entry.indexOf('/');
    byte[] address = literal(slash < 0 ? entry : entry.substring(0, slash));
    int prefix = slash < 0 ? address.length * 8 : Integer.parseInt(entry.substring(slash + 1));
    if (prefix < 0 || prefix > address.length * 8) {
      throw new IllegalArgumentException("Bad prefix length in " + entry);
    }
    return new Block(address, prefix);
  }

  /** Whether {@code address} (as the servlet container reports it) lies in one of the blocks. */
  public boolean contains(String address) {
    byte[] candidate;
    try {
      candidate = literal(address);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return blocks.stream().anyMatch(b -> b.network().length == candidate.length
        && sameNetwork(b.network(), candidate, b.prefix()));
  }

  private static boolean sameNetwork(byte[] a, byte[] b, int prefix) {
    if (prefix == 0) {
      return true;
    }
    int bits = a.length * 8;
    BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
        .shiftRight(bits - prefix).shiftLeft(bits - prefix);
    return new BigInteger(1, a).and(mask).equals(new BigInteger(1, b).and(mask));
  }

  /** The bytes of a literal IPv4 or IPv6 address, never a name lookup. */
  private static byte[] literal(String text) {
    String s = text == null ? "" : text.strip();
    if (s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1);
    }
    if (!s.matches("[0-9.]+|[0-9A-Fa-f:.%a-z]*:[0-9A-Fa-f:.%a-z]*")) {
      throw new IllegalArgumentException("Not a literal address: " + text);
    }
    try {
      return InetAddress.getByName(s).getAddress(); // a literal: parsed, not resolved
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("Not a literal address: " + text, e);
    }
  }
}
