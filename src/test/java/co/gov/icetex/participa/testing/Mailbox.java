package co.gov.icetex.participa.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on the port the portal under test sends to. It can be stopped and
 * started again on the same port, to show that mail queued while it was down is delivered afterwards.
 */
public final class Mailbox implements AutoCloseable {

  private final int port = Integer.getInteger(EmbeddedServicesSession.SMTP_PORT);
  private GreenMail server;

  public Mailbox start() {
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return this;
  }

  public void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  public boolean isRunning() {
    return server != null;
  }

  /** The messages received for {@code recipient}, waiting up to {@code timeout} for at least one. */
  public List<Message> awaitMessagesTo(String recipient, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    List<Message> found = messagesTo(recipient);
    while (found.isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      found = messagesTo(recipient);
    }
    return found;
  }

  public List<Message> messagesTo(String recipient) {
    return Arrays.stream(server.getReceivedMessages())
        .filter(m -> isAddressedTo(m, recipient))
        .map(Message.class::cast)
        .toList();
  }

  /** The decoded text of a plain-text message. */
  public static String body(Message message) {
    try {
      return message.getContent().toString();
    } catch (MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isAddressedTo(Message m, String recipient) {
    try {
      return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
    } catch (MessagingException e) {
      return false;
    }
  }

  @Override
  public void close() {
    stop();
  }
}
