package co.gov.icetex.participa.staff.application;

import co.gov.icetex.participa.shared.AppClock;
import co.gov.icetex.participa.shared.ClientAddress;
import co.gov.icetex.participa.staff.domain.Role;
import co.gov.icetex.participa.staff.domain.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks staff credentials for Jakarta Security. Every answer costs the same hash computation, so
 * response times do not reveal whether an e-mail has an account; repeated failures slow down and
 * then lock the account and the address.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

  /** A valid hash of a random password, checked when there is no account, to keep timing even. */
  private volatile String decoyHash;

  @Inject SignInAttempts attempts;
  @Inject PasswordHasher hasher;
  @Inject ClientAddress clientAddress;
  @Inject HttpServletRequest request;
  @Inject AppClock clock;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String email = login.getCaller() == null ? "" : login.getCaller();
    String client = clientAddress.keyOf(request);
    long recentFailures = attempts.recentFailuresFrom(client);
    if (recentFailures >= SignInAttempts.MAX_FAILURES_PER_ADDRESS) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    slowDown(recentFailures);
    Optional<StaffAccount> account = attempts.account(email);
    String password = login.getPasswordAsString();
    // An invited account without a password yet is checked against the decoy too: it never matches.
    boolean passwordMatches =
        hasher.matches(
                password,
                account
                    .filter(StaffAccount::hasPassword)
                    .map(StaffAccount::getPasswordHash)
                    .orElseGet(this::decoy))
            && account.map(StaffAccount::hasPassword).orElse(false);
    boolean ok = account.isPresent() && passwordMatches && account.get().canSignInAt(clock.now());
    attempts.record(email, client, ok);
    if (!ok) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    StaffAccount a = account.get();
    return new CredentialValidationResult(
        a.getEmail(), a.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
  }

  /** Up to two seconds of delay as failures from one address pile up. */
  private static void slowDown(long recentFailures) {
    if (recentFailures > 2) {
      try {
        Thread.sleep(Math.min(2000, 200 * recentFailures));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private String decoy() {
    if (decoyHash == null) {
      decoyHash = hasher.hash(java.util.UUID.randomUUID().toString());
    }
    return decoyHash;
  }
}
