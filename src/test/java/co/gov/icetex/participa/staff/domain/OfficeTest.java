package co.gov.icetex.participa.staff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OfficeTest {

  @Test
  void namesAreStrippedOfExtraSpaces() {
    assertEquals(
        "Oficina Asesora de Planeación",
        new Office("  Oficina   Asesora de\tPlaneación ").getName());
  }

  @Test
  void aNameIsRequiredAndHasAtMost200Characters() {
    assertThrows(IllegalArgumentException.class, () -> new Office("   "));
    assertThrows(IllegalArgumentException.class, () -> new Office(null));
    assertThrows(IllegalArgumentException.class, () -> new Office("x".repeat(201)));
    Office office = new Office("Oficina de Riesgos");
    assertThrows(IllegalArgumentException.class, () -> office.rename(""));
    assertEquals("Oficina de Riesgos", office.getName(), "unchanged after a refused rename");
    office.rename("Oficina de Gestión de Riesgos");
    assertEquals("Oficina de Gestión de Riesgos", office.getName());
  }

  @Test
  void deactivatesAndReactivates() {
    Office office = new Office("Oficina de Control Interno");
    assertTrue(office.isActive());
    office.deactivate();
    assertFalse(office.isActive());
    office.reactivate();
    assertTrue(office.isActive());
  }
}
