package co.gov.icetex.participa.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VersionedResourcesTest {

  @Test
  void theVersionIsAddedOrReplacesTheOneThere() {
    assertEquals(
        "/r/css/a.css.xhtml?ln=participa&v=abc",
        VersionedResources.withVersion("/r/css/a.css.xhtml?ln=participa", "abc"));
    assertEquals(
        "/r/x.js.xhtml?ln=primefaces&e=1&v=abc",
        VersionedResources.withVersion("/r/x.js.xhtml?ln=primefaces&v=15.0.13&e=1", "abc"),
        "PrimeFaces' own library version gives way to the content's");
    assertEquals(
        "/r/faces.js.xhtml?v=abc", VersionedResources.withVersion("/r/faces.js.xhtml", "abc"));
    assertEquals(
        "/r/x.xhtml?vx=1&v=abc",
        VersionedResources.withVersion("/r/x.xhtml?vx=1", "abc"),
        "only the v parameter itself is replaced");
  }
}
