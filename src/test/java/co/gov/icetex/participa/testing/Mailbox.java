package co.gov.icetex.participa.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on the port the portal under test sends to. It can be stopped and
 * started again on the same port, to show that mail queued while it was down is delivered
 * afterwards.
 */
public final class Mailbox implements AutoCloseable {

  /** A received e-mail, decoded, with the headers it carried (the first value of each, by name). */
  public record Mail(String subject, String body, Map<String, String> headers) {

    /** A header's value, or null; names are matched ignoring case. */
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(Map.Entry::getValue)
          .findFirst()
          .orElse(null);
    }
  }

  /**
   * After the first mail to an address arrives, how long the rest of its mail may take to leave the
   * outbox.
   */
  private static final Duration DRAIN = Duration.ofSeconds(15);

  private GreenMail server;

  public Mailbox start() {
    String port = System.getProperty(EmbeddedServicesSession.SMTP_PORT);
    if (port == null) {
      throw new IllegalStateException(
          EmbeddedServicesSession.SMTP_PORT + " is not set (run with failsafe)");
    }
    server =
        new GreenMail(
            new ServerSetup(Integer.parseInt(port), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return this;
  }

  public void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /**
   * Every mail received for an address: waits up to {@code timeout} for the first, then until the
   * portal's outbox holds nothing unsent for it, so that a duplicate would be caught too. Empty
   * when none came.
   */
  public List<Mail> mailsTo(String address, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    List<MimeMessage> found = received(address);
    while (found.isEmpty() && Instant.now().isBefore(deadline)) {
      Eventually.pause();
      found = received(address);
    }
    if (!found.isEmpty()) {
      try {
        // A mail is marked sent only once the SMTP server took it: nothing unsent, nothing more to
        // come.
        Eventually.until(
            () ->
                TestDatabase.count(
                        "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND sent_at IS NULL",
                        address)
                    == 0,
            DRAIN,
            "the outbox sends everything for " + address);
      } catch (InterruptedException e) {
        throw e;
      } catch (Exception e) {
        throw new AssertionError(e.getMessage(), e);
      }
      found = received(address);
    }
    return found.stream().map(Mailbox::decode).toList();
  }

  /** The mails received so far for an address, without waiting. */
  public List<Mail> arrived(String address) {
    return received(address).stream().map(Mailbox::decode).toList();
  }

  /**
   * The mails received for an address in the order they arrived, once there are at least {@code
   * count} (waiting up to {@code timeout}); fails when fewer came.
   */
  public List<Mail> mailsTo(String address, Duration timeout, int count)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    List<MimeMessage> found = received(address);
    while (found.size() < count && Instant.now().isBefore(deadline)) {
      Eventually.pause();
      found = received(address);
    }
    if (found.size() < count) {
      throw new AssertionError(
          count + " mails expected for " + address + ", " + found.size() + " came");
    }
    return found.stream().map(Mailbox::decode).toList();
  }

  private List<MimeMessage> received(String address) {
    return Arrays.stream(server.getReceivedMessages()).filter(m -> isFor(m, address)).toList();
  }

  private static boolean isFor(MimeMessage message, String address) {
    try {
      Address[] to = message.getAllRecipients();
      return to != null
          && Arrays.stream(to)
              .anyMatch(
                  a ->
                      a instanceof InternetAddress ia && address.equalsIgnoreCase(ia.getAddress()));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Mail decode(MimeMessage message) {
    try {
      Map<String, String> headers = new LinkedHashMap<>();
      for (Header h : Collections.list(message.getAllHeaders())) {
        headers.putIfAbsent(h.getName(), MimeUtility.unfold(h.getValue()));
      }
      return new Mail(message.getSubject(), String.valueOf(message.getContent()), headers);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Could not read a received mail", e);
    }
  }

  @Override
  public void close() {
    stop();
  }
}
