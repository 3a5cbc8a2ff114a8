package co.gov.icetex.participa.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  @Test
  void theDefaultTrustsThisHostOnly() {
    var proxies = TrustedProxies.parse("127.0.0.1,::1");
    assertTrue(proxies.contains("127.0.0.1"));
    assertTrue(proxies.contains("0:0:0:0:0:0:0:1"), "Payara reports IPv6 loopback in full");
    assertFalse(proxies.contains("127.0.0.2"));
    assertFalse(proxies.contains("10.0.0.5"));
  }

  @Test
  void blocksMatchByPrefix() {
    var proxies = TrustedProxies.parse(" 10.20.0.0/16 , fd00::/8");
    assertTrue(proxies.contains("10.20.255.1"));
    assertFalse(proxies.contains("10.21.0.1"));
    assertTrue(proxies.contains("fd12:3456::1"));
    assertFalse(proxies.contains("fe80::1"));
    assertTrue(proxies.contains("10.20.0.1:8080"), "a hop written with its port is that address");
  }

  @Test
  void namesAreNeverLookedUp() {
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.example.org"));
    assertFalse(TrustedProxies.parse("127.0.0.1").contains("localhost"));
  }

  @Test
  void badPrefixesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/x"));
  }

  @Test
  void anEmptyListTrustsNobody() {
    assertFalse(TrustedProxies.parse("").contains("127.0.0.1"));
  }
}
