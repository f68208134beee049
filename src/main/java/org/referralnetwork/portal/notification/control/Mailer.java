package org.referralnetwork.portal.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MailSessionDefinition;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.referralnetwork.portal.notification.control.NotificationStore.Email;

/**
 * Sends notification e-mails through the portal's mail session, which Payara builds from
 * MicroProfile Config ({@code portal.mail.*}, or PORTAL_MAIL_HOST, PORTAL_MAIL_PORT, ...). The
 * account, when the server wants one, is read here so that an empty one needs no placeholder.
 */
@ApplicationScoped
@MailSessionDefinition(
    name = Mailer.JNDI_NAME,
    transportProtocol = "smtp",
    host = "${MPCONFIG=portal.mail.host}",
    from = "${MPCONFIG=portal.mail.from}",
    properties = {
      "mail.smtp.port=${MPCONFIG=portal.mail.port}",
      "mail.smtp.starttls.enable=${MPCONFIG=portal.mail.starttls}",
      "mail.smtp.starttls.required=${MPCONFIG=portal.mail.starttls}",
      "mail.smtp.connectiontimeout=10000",
      "mail.smtp.timeout=20000",
      "mail.smtp.writetimeout=20000"
    })
public class Mailer {

  static final String JNDI_NAME = "java:app/mail/portal";

  /**
   * Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader, a scan of every jar the
   * application sees, each time it writes a message part (jakartaee/mail-api#699 and #861): a
   * third of the sending thread's CPU in the benchmark. Named here, it is a class lookup instead.
   * It is Payara's own mail implementation (Angus Mail), the one the scan found.
   */
  private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

  static {
    if (System.getProperty(STREAM_PROVIDER) == null) {
      System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
    }
  }

  @Resource(lookup = JNDI_NAME)
  Session session;

  @Inject
  @ConfigProperty(name = "portal.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "portal.mail.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "portal.mail.password")
  Optional<String> password;

  /** A connection for one run's e-mails, opened at the first and kept for the next (an SMTP handshake each is slow). */
  public SmtpConnection connection() {
    return new SmtpConnection();
  }

  /**
   * E-mails one after the other over one SMTP connection. It connects on the first e-mail and
   * again after a failure: the failed e-mail may have left the connection in any state.
   */
  public final class SmtpConnection implements AutoCloseable {

    private Transport transport;

    private SmtpConnection() {}

    /** One letter: the notifications of one person, all in one e-mail (see {@link Letters}). */
    public void send(List<Email> letter) throws MessagingException {
      MimeMessage message = message(letter);
      if (transport == null) {
        transport = session.getTransport();
        if (user.isPresent()) {
          transport.connect(user.get(), password.orElse(""));
        } else {
          transport.connect();
        }
      }
      try {
        transport.sendMessage(message, message.getAllRecipients());
      } catch (MessagingException | RuntimeException failed) {
        close();
        throw failed;
      }
    }

    @Override
    public void close() {
      if (transport != null) {
        try {
          transport.close();
        } catch (MessagingException alreadyGone) {
          // nothing to tidy: the server or the network closed it
        } finally {
          transport = null;
        }
      }
    }
  }

  /**
   * One e-mail, ready to go. Its Message-ID names the notifications it carries (the first and the
   * last), so that in the one case where a crash falls between the server's "accepted" and our
   * record of it, the repeat is recognisably the same message; a repeat that carries more is another.
   */
  private MimeMessage message(List<Email> letter) throws MessagingException {
    Email first = letter.get(0);
    Email last = letter.get(letter.size() - 1);
    Locale locale = Locale.forLanguageTag(first.language());
    String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    String notifications = base + "/notifications.xhtml";
    String subject;
    String body;
    if (letter.size() == 1) {
      subject = NoticeTexts.subject(locale, first.kind(), first.reference(), first.detail());
      body = NoticeTexts.body(locale, first.kind(), first.reference(), first.detail(), link(base, first), notifications);
    } else {
      subject = NoticeTexts.digestSubject(locale,
          NoticeTexts.line(locale, first.kind(), first.reference(), first.detail()), letter.size() - 1);
      body = NoticeTexts.digestBody(locale, letter.stream()
          .map(email -> NoticeTexts.line(locale, email.kind(), email.reference(), email.detail()) + "\n" + link(base, email))
          .toList(), notifications);
    }
    String messageId = "<notification-" + first.id() + (letter.size() == 1 ? "" : "-" + last.id()) + "@" + hostOf(base) + ">";
    MimeMessage message = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    message.setFrom();
    message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(first.address(), true));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(body, StandardCharsets.UTF_8.name());
    message.setHeader("Content-Language", locale.getLanguage());
    message.setHeader("Auto-Submitted", "auto-generated");
    message.saveChanges(); // Transport.send did this; sendMessage does not
    return message;
  }

  private static String link(String base, Email email) {
    return email.referralId() == null ? base + "/home.xhtml" : base + "/referral.xhtml?id=" + email.referralId();
  }

  private static String hostOf(String url) {
    return URI.create(url).getHost();
  }
}
