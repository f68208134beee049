package org.referralnetwork.portal.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real SMTP server (GreenMail) on a loopback port for the portal under test: the e-mails the
 * portal sends land here, to be read by the tests. It can be stopped and started again on the same
 * port, as a mail server that goes down for a while.
 */
public final class MailCatcher {

  /** One received e-mail, decoded. */
  public record Mail(List<String> to, String subject, String body, String language) {}

  private static GreenMail server;
  private static int port;

  private MailCatcher() {}

  public static synchronized void start(int smtpPort) {
    port = smtpPort;
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  public static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /** The server comes back on its port, empty. */
  public static synchronized void restart() {
    stop();
    start(port);
  }

  public static int port() {
    return port;
  }

  public static synchronized List<Mail> received() {
    List<Mail> mails = new ArrayList<>();
    if (server == null) {
      return mails;
    }
    for (MimeMessage message : server.getReceivedMessages()) {
      try {
        List<String> to = new ArrayList<>();
        for (Address address : message.getAllRecipients()) {
          to.add(address.toString());
        }
        mails.add(new Mail(to, message.getSubject(), text(message.getContent()),
            message.getHeader("Content-Language", null)));
      } catch (MessagingException | IOException e) {
        throw new IllegalStateException("a received e-mail cannot be read", e);
      }
    }
    return mails;
  }

  /** The plain text of a body: Keycloak's e-mails are multipart (text and HTML), the portal's plain text. */
  private static String text(Object content) throws MessagingException, IOException {
    if (content instanceof Multipart parts) {
      for (int i = 0; i < parts.getCount(); i++) {
        if (parts.getBodyPart(i).isMimeType("text/plain")) {
          return String.valueOf(parts.getBodyPart(i).getContent());
        }
      }
      return parts.getCount() == 0 ? "" : text(parts.getBodyPart(0).getContent());
    }
    return String.valueOf(content);
  }

  /** Waits until {@code count} received e-mails match, then gives them; fails after the timeout. */
  public static List<Mail> await(Predicate<Mail> which, int count, Duration timeout) throws InterruptedException {
    Instant end = Instant.now().plus(timeout);
    List<Mail> matching;
    do {
      matching = received().stream().filter(which).toList();
      if (matching.size() >= count) {
        return matching;
      }
      Thread.sleep(250);
    } while (Instant.now().isBefore(end));
    throw new AssertionError("expected " + count + " e-mails within " + timeout + ", got " + matching.size()
        + "; all received: " + received().stream().map(Mail::subject).toList());
  }
}
