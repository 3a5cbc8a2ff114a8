package co.gov.icetex.participa.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One client is one IPv4 address or one IPv6 /64, however the address is written. */
class IpAddressesTest {

  @Test
  void anIpv6SlashSixtyFourIsOneClient() {
    String a = IpAddresses.clientPrefix("2001:db8:85a3:8d3:1319:8a2e:370:7348");
    assertEquals(a, IpAddresses.clientPrefix("2001:DB8:85A3:8D3::1"));
    assertEquals(a, IpAddresses.clientPrefix("[2001:db8:85a3:8d3:ffff::]:443"));
    assertEquals(a, IpAddresses.clientPrefix("2001:db8:85a3:8d3::1%eth0"));
    assertNotEquals(
        a, IpAddresses.clientPrefix("2001:db8:85a3:8d4::1"), "the next /64 is another client");
  }

  @Test
  void ipv4AddressesAreClientsOneByOneWhateverTheirNotation() {
    assertEquals("203.0.113.7", IpAddresses.clientPrefix("203.0.113.7"));
    assertEquals("203.0.113.7", IpAddresses.clientPrefix("::ffff:203.0.113.7"));
    assertEquals("203.0.113.7", IpAddresses.clientPrefix("203.0.113.7:51000"));
    assertNotEquals(
        IpAddresses.clientPrefix("203.0.113.7"), IpAddresses.clientPrefix("203.0.113.8"));
  }

  @Test
  void canonicalFormsCompareProxiesWrittenDifferently() {
    assertEquals(IpAddresses.canonical("::1"), IpAddresses.canonical("0:0:0:0:0:0:0:1"));
    assertEquals("127.0.0.1", IpAddresses.canonical("127.0.0.1"));
  }

  @Test
  void proxiesAreAddressesOrNetworks() {
    assertTrue(IpAddresses.matches("10.0.0.0/24", "10.0.0.77"));
    assertFalse(IpAddresses.matches("10.0.0.0/24", "10.0.1.77"));
    assertTrue(IpAddresses.matches("fd00::/8", "fd00::2"));
    assertTrue(IpAddresses.matches("0.0.0.0/0", "::ffff:192.0.2.2"));
    assertTrue(IpAddresses.matches("::1", "0:0:0:0:0:0:0:1"));
    assertFalse(IpAddresses.matches("127.0.0.1", "127.0.0.2"));
    assertFalse(IpAddresses.matches("10.0.0.0/99", "10.0.0.1"));
  }

  @Test
  void anythingElseIsKeptAsTextAndNeverResolved() {
    assertEquals("unknown", IpAddresses.clientPrefix("unknown"));
    assertEquals("999.1.1.1", IpAddresses.clientPrefix("999.1.1.1"));
    assertEquals("example.com", IpAddresses.canonical("example.com"));
  }
}
