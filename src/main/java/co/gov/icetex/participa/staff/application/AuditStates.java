package co.gov.icetex.participa.staff.application;

import co.gov.icetex.participa.staff.domain.Office;
import co.gov.icetex.participa.staff.domain.Role;
import co.gov.icetex.participa.staff.domain.StaffAccount;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Map;

/**
 * The before/after states written to the audit trail, as JSON. Never holds a password or a token.
 */
final class AuditStates {

  private AuditStates() {}

  static String account(StaffAccount a) {
    JsonArrayBuilder roles = Json.createArrayBuilder();
    a.getRoles().stream().map(Role::name).forEach(roles::add);
    var json =
        Json.createObjectBuilder()
            .add("email", a.getEmail())
            .add("fullName", a.getFullName())
            .add("roles", roles)
            .add("active", a.isActive());
    Office office = a.getOffice();
    if (office == null) {
      json.addNull("office");
    } else {
      json.add("office", office.getName());
    }
    return json.build().toString();
  }

  static String office(Office o) {
    return Json.createObjectBuilder()
        .add("name", o.getName())
        .add("active", o.isActive())
        .build()
        .toString();
  }

  static String of(Map<String, String> values) {
    var json = Json.createObjectBuilder();
    values.forEach(json::add);
    return json.build().toString();
  }
}
