package co.gov.icetex.participa.staff.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.gov.icetex.participa.shared.validation.CommandValidator;
import co.gov.icetex.participa.shared.validation.Violation;
import co.gov.icetex.participa.staff.application.AccountAdministration.AccountForm;
import co.gov.icetex.participa.staff.domain.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The account form's own constraints, checked as {@link AccountAdministration} checks them before
 * its rules on e-mails and offices: the Spanish sentence per field, in the form's order.
 */
class AccountFormTest {

  private final CommandValidator validator = new CommandValidator();

  private Map<String, String> messages(AccountForm form) {
    return validator.violationsOf(form).ordered().stream()
        .collect(
            Collectors.toMap(
                Violation::field, Violation::message, (a, b) -> a, LinkedHashMap::new));
  }

  @Test
  void anAccountNeedsANameAndARole() {
    var missing = messages(new AccountForm("  ", "rita@icetex.gov.co", null, Set.of()));
    assertEquals(List.of("fullName", "roles"), List.copyOf(missing.keySet()));
    assertEquals("Escriba el nombre completo de la persona.", missing.get("fullName"));
    assertEquals("Marque al menos un rol.", missing.get("roles"));
    assertEquals(
        "Marque al menos un rol.",
        messages(new AccountForm("Rita", null, null, null)).get("roles"),
        "no roles at all is the same as none ticked");
  }

  @Test
  void aNamedAccountWithARoleHasNothingToFixInItsForm() {
    assertEquals(
        Map.of(), messages(new AccountForm("Rita Pérez", null, null, Set.of(Role.EDITOR))));
  }
}
