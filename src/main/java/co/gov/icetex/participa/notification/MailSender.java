package co.gov.icetex.participa.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends plain-text e-mail over SMTP, configured by {@code PARTICIPA_SMTP_*}. */
@ApplicationScoped
public class MailSender {

  @Inject
  @ConfigProperty(name = "participa.smtp.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "participa.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "participa.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "participa.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(
      name = "participa.smtp.from",
      defaultValue = "Participa ICETEX <participa@icetex.gov.co>")
  String from;

  @Inject
  @ConfigProperty(name = "participa.smtp.starttls", defaultValue = "false")
  boolean startTls;

  private Session session;

  @PostConstruct
  void init() {
    var props = new Properties();
    props.put("mail.smtp.host", host);
    props.put("mail.smtp.port", String.valueOf(port));
    props.put("mail.smtp.connectiontimeout", "5000");
    props.put("mail.smtp.timeout", "10000");
    props.put("mail.smtp.writetimeout", "10000");
    props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
    props.put("mail.smtp.starttls.required", String.valueOf(startTls));
    boolean auth = user.filter(u -> !u.isBlank()).isPresent();
    props.put("mail.smtp.auth", String.valueOf(auth));
    session =
        auth
            ? Session.getInstance(
                props,
                new Authenticator() {
                  @Override
                  protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.orElseThrow(), password.orElse(""));
                  }
                })
            : Session.getInstance(props);
  }

  /**
   * Opens one SMTP connection for a round of messages: far cheaper than a connection per message,
   * and a server that cannot be reached fails once for the whole round.
   */
  public Connection connect() throws MessagingException {
    Transport transport = session.getTransport("smtp");
    transport.connect();
    return new Connection(transport);
  }

  /** An open SMTP connection; close it when the round is over. */
  public final class Connection implements AutoCloseable {
    private final Transport transport;

    private Connection(Transport transport) {
      this.transport = transport;
    }

    public void send(String to, String subject, String text) throws MessagingException {
      send(to, subject, text, Map.of());
    }

    /**
     * Sends with extra header lines (e.g. List-Unsubscribe); their values are ASCII, as RFC 8058
     * URLs are.
     */
    public void send(String to, String subject, String text, Map<String, String> headers)
        throws MessagingException {
      var message = new MimeMessage(session);
      message.setFrom(new InternetAddress(from));
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(text, StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      for (Map.Entry<String, String> header : headers.entrySet()) {
        message.setHeader(header.getKey(), header.getValue());
      }
      message.saveChanges();
      transport.sendMessage(message, message.getAllRecipients());
    }

    @Override
    public void close() throws MessagingException {
      transport.close();
    }
  }
}
