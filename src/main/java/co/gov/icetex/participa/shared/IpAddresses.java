package co.gov.icetex.participa.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP address literals as they arrive in {@code getRemoteAddr()} and {@code X-Forwarded-For}, parsed
 * by hand: {@code InetAddress.getByName} would resolve a header's arbitrary text through DNS.
 */
final class IpAddresses {

  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern IPV4_WITH_PORT =
      Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");

  private IpAddresses() {}

  /**
   * One form per address (IPv6 fully expanded, lower case; IPv4-mapped IPv6 as IPv4); text
   * otherwise.
   */
  static String canonical(String address) {
    String a = strip(address);
    return ipv4(a).map(IpAddresses::dotted).or(() -> ipv6(a).map(IpAddresses::expanded)).orElse(a);
  }

  /**
   * Whether {@code address} is {@code pattern}: one address, or a network in CIDR notation ({@code
   * 10.0.0.0/8}, {@code fd00::/8}; {@code 0.0.0.0/0} is every IPv4 address).
   */
  static boolean matches(String pattern, String address) {
    String p = pattern.strip();
    int slash = p.indexOf('/');
    if (slash < 0) {
      return canonical(p).equals(canonical(address));
    }
    Optional<byte[]> network = bytes(p.substring(0, slash));
    Optional<byte[]> candidate = bytes(strip(address));
    int bits;
    try {
      bits = Integer.parseInt(p.substring(slash + 1));
    } catch (NumberFormatException e) {
      return false;
    }
    if (network.isEmpty()
        || candidate.isEmpty()
        || network.get().length != candidate.get().length
        || bits < 0
        || bits > 8 * network.get().length) {
      return false;
    }
    byte[] n = network.get();
    byte[] c = candidate.get();
    for (int i = 0; i < bits; i++) {
      int mask = 0x80 >> (i % 8);
      if ((n[i / 8] & mask) != (c[i / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code pattern} is an address literal or a CIDR block with a prefix length that fits
   * it.
   */
  static boolean isNetwork(String pattern) {
    String p = pattern.strip();
    int slash = p.indexOf('/');
    Optional<byte[]> network = bytes(slash < 0 ? p : p.substring(0, slash));
    if (network.isEmpty()) {
      return false;
    }
    if (slash < 0) {
      return true;
    }
    try {
      int bits = Integer.parseInt(p.substring(slash + 1));
      return bits >= 0 && bits <= 8 * network.get().length;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** An address as 4 (IPv4, also when IPv4-mapped) or 16 bytes. */
  private static Optional<byte[]> bytes(String address) {
    String a = strip(address);
    return ipv4(a).or(() -> ipv6(a));
  }

  /** The part of an address that names one client: all of IPv4, the first 64 bits of IPv6. */
  static String clientPrefix(String address) {
    String a = strip(address);
    Optional<byte[]> v4 = ipv4(a);
    if (v4.isPresent()) {
      return dotted(v4.get());
    }
    return ipv6(a).map(b -> expanded(b).substring(0, 19) + "::/64").orElse(a);
  }

  /** Without brackets, port or zone: "[2001:db8::1]:443" and "10.0.0.1:5000" as their addresses. */
  private static String strip(String address) {
    String a = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    if (a.startsWith("[") && a.indexOf(']') > 0) {
      a = a.substring(1, a.indexOf(']'));
    }
    var withPort = IPV4_WITH_PORT.matcher(a);
    if (withPort.matches()) {
      a = withPort.group(1);
    }
    int zone = a.indexOf('%');
    return zone >= 0 ? a.substring(0, zone) : a;
  }

  private static Optional<byte[]> ipv4(String a) {
    var m = IPV4.matcher(a);
    if (!m.matches()) {
      Optional<byte[]> v6 = ipv6(a);
      return v6.filter(IpAddresses::isIpv4Mapped).map(b -> new byte[] {b[12], b[13], b[14], b[15]});
    }
    byte[] out = new byte[4];
    for (int i = 0; i < 4; i++) {
      int part = Integer.parseInt(m.group(i + 1));
      if (part > 255) {
        return Optional.empty();
      }
      out[i] = (byte) part;
    }
    return Optional.of(out);
  }

  private static Optional<byte[]> ipv6(String a) {
    if (a.indexOf(':') < 0 || a.length() > 45) {
      return Optional.empty();
    }
    String head = a;
    String tail = "";
    int gap = a.indexOf("::");
    if (gap >= 0) {
      if (a.indexOf("::", gap + 1) >= 0) {
        return Optional.empty();
      }
      head = a.substring(0, gap);
      tail = a.substring(gap + 2);
    }
    int[] h = groups(head);
    int[] t = groups(tail);
    if (h == null || t == null) {
      return Optional.empty();
    }
    int missing = 8 - h.length - t.length;
    if ((gap < 0 && missing != 0) || (gap >= 0 && missing < 1)) {
      return Optional.empty();
    }
    byte[] out = new byte[16];
    for (int i = 0; i < h.length; i++) {
      out[2 * i] = (byte) (h[i] >> 8);
      out[2 * i + 1] = (byte) h[i];
    }
    for (int i = 0; i < t.length; i++) {
      int at = 8 - t.length + i;
      out[2 * at] = (byte) (t[i] >> 8);
      out[2 * at + 1] = (byte) t[i];
    }
    return Optional.of(out);
  }

  /** Colon-separated 16-bit groups; a trailing dotted IPv4 counts as two. Null when malformed. */
  private static int[] groups(String s) {
    if (s.isEmpty()) {
      return new int[0];
    }
    String[] parts = s.split(":", -1);
    int extra = parts[parts.length - 1].contains(".") ? 1 : 0;
    int[] out = new int[parts.length + extra];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (i == parts.length - 1 && p.contains(".")) {
        var m = IPV4.matcher(p);
        if (!m.matches()) {
          return null;
        }
        int[] q = new int[4];
        for (int k = 0; k < 4; k++) {
          q[k] = Integer.parseInt(m.group(k + 1));
          if (q[k] > 255) {
            return null;
          }
        }
        out[i] = (q[0] << 8) | q[1];
        out[i + 1] = (q[2] << 8) | q[3];
      } else {
        if (p.isEmpty()
            || p.length() > 4
            || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
          return null;
        }
        out[i] = Integer.parseInt(p, 16);
      }
    }
    return out;
  }

  private static boolean isIpv4Mapped(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
  }

  private static String dotted(byte[] b) {
    return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
  }

  private static String expanded(byte[] b) {
    var sb = new StringBuilder(39);
    for (int i = 0; i < 16; i += 2) {
      if (i > 0) {
        sb.append(':');
      }
      sb.append(String.format("%02x%02x", b[i] & 0xff, b[i + 1] & 0xff));
    }
    return sb.toString();
  }
}
