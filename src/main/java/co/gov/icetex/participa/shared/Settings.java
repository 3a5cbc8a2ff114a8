package co.gov.icetex.participa.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deployment settings read through MicroProfile Config, so each one can be given as a system
 * property ({@code participa.base-url}) or an environment variable ({@code PARTICIPA_BASE_URL}).
 */
@ApplicationScoped
public class Settings {

  @Inject
  @ConfigProperty(name = "participa.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "participa.demo", defaultValue = "false")
  boolean demoContent;

  @Inject
  @ConfigProperty(name = "participa.proxy.trusted", defaultValue = "false")
  boolean trustForwardedFor;

  @Inject
  @ConfigProperty(name = "participa.proxy.addresses", defaultValue = "127.0.0.1,::1")
  String proxyAddresses;

  @Inject
  @ConfigProperty(name = "participa.demo.accounts", defaultValue = "false")
  boolean demoAccountsAnywhere;

  @Inject
  @ConfigProperty(name = "participa.ratelimit.per-hour", defaultValue = "30")
  int observationsPerHourPerAddress;

  @Inject
  @ConfigProperty(name = "participa.mail.per-recipient-per-day", defaultValue = "10")
  int mailsPerRecipientPerDay;

  @Inject
  @ConfigProperty(name = "participa.mail.retry-seconds", defaultValue = "60")
  int mailRetrySeconds;

  @Inject
  @ConfigProperty(name = "participa.answer.business-days", defaultValue = "15")
  int answerBusinessDays;

  /**
   * Ley 1755 de 2015, art. 14: the general term to answer, in business days (15 unless changed).
   */
  public int answerBusinessDays() {
    return Math.max(1, answerBusinessDays);
  }

  @Inject
  @ConfigProperty(name = "participa.consultation.minimum-days", defaultValue = "15")
  int consultationMinimumDays;

  /**
   * The shortest comment window without a written justification (CPACA, Decreto 1081 de 2015: 15
   * days). Never less than 1.
   */
  public int consultationMinimumDays() {
    return Math.max(1, consultationMinimumDays);
  }

  @Inject
  @ConfigProperty(name = "participa.password-reset.minutes", defaultValue = "30")
  int passwordResetMinutes;

  @Inject
  @ConfigProperty(name = "participa.invitation.hours", defaultValue = "72")
  int invitationHours;

  @Inject
  @ConfigProperty(name = "participa.reminders.hour", defaultValue = "7")
  int reminderHour;

  @Inject
  @ConfigProperty(name = "participa.reminders.poll-seconds", defaultValue = "600")
  int reminderPollSeconds;

  /**
   * The hour (0-23, Bogotá) from which staff's deadline reminders go out; negative turns them off.
   */
  public int reminderHour() {
    return Math.min(23, reminderHour);
  }

  /** How often each instance looks whether the day's reminders are due. */
  public int reminderPollSeconds() {
    return Math.max(1, reminderPollSeconds);
  }

  @Inject
  @ConfigProperty(name = "participa.alerts.poll-seconds", defaultValue = "300")
  int alertPollSeconds;

  /**
   * How often each instance looks for citizens' alerts to send (openings, closings, documents);
   * negative turns them off.
   */
  public int alertPollSeconds() {
    return alertPollSeconds;
  }

  /** Without a trailing slash, so that paths can be appended. */
  public String baseUrl() {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  public boolean demoContent() {
    return demoContent;
  }

  public boolean trustForwardedFor() {
    return trustForwardedFor;
  }

  /**
   * The proxies whose forwarding headers are believed when {@link #trustForwardedFor()} is on: by
   * default this host only (nginx next to the instances).
   */
  public TrustedProxies trustedProxies() {
    TrustedProxies parsed = trustedProxies;
    if (parsed == null) {
      parsed = TrustedProxies.parse(proxyAddresses);
      trustedProxies = parsed;
    }
    return parsed;
  }

  private volatile TrustedProxies trustedProxies;

  /** Served over HTTPS (the public base URL says so): cookies are Secure and HSTS is sent. */
  public boolean isHttps() {
    return baseUrl().startsWith("https://");
  }

  /**
   * Whether the demo's staff accounts (whose password the README publishes) may be created: only on
   * a portal whose base URL is this machine, unless {@code participa.demo.accounts=true} says
   * otherwise.
   */
  public boolean demoAccountsAllowed() {
    if (demoAccountsAnywhere) {
      return true;
    }
    String host = java.net.URI.create(baseUrl()).getHost();
    return host != null
        && (host.equals("localhost")
            || host.equals("127.0.0.1")
            || host.equals("[::1]")
            || host.equals("::1"));
  }

  /**
   * E-mails of the kinds a stranger can trigger (receipts, confirmation links) sent to one address
   * per day; beyond it the action still succeeds but no e-mail goes to that address until the next
   * day.
   */
  public int mailsPerRecipientPerDay() {
    return Math.max(1, mailsPerRecipientPerDay);
  }

  public int observationsPerHourPerAddress() {
    return observationsPerHourPerAddress;
  }

  public int mailRetrySeconds() {
    return Math.max(1, mailRetrySeconds);
  }

  /** How long a password-reset link works (at least one minute). */
  public java.time.Duration passwordResetLifetime() {
    return java.time.Duration.ofMinutes(Math.max(1, passwordResetMinutes));
  }

  /** How long the link of a new account's invitation works (at least one hour). */
  public java.time.Duration invitationLifetime() {
    return java.time.Duration.ofHours(Math.max(1, invitationHours));
  }
}
