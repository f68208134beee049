package org.referralnetwork.portal.devenv;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The local run's mail server: a real SMTP server (GreenMail) on loopback that keeps every e-mail
 * the portal sends as a file in {@code data/mail/} and says so on the console. No e-mail leaves the machine.
 */
public final class LocalMailbox implements AutoCloseable {

  private final GreenMail server;
  private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
  /** Files of one run are named after its start, so a new run does not overwrite the last one's. */
  private final String runStamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
  private int saved;

  private LocalMailbox(GreenMail server) {
    this.server = server;
  }

  public static LocalMailbox start(int port, Path folder, Consumer<String> say) throws IOException {
    Files.createDirectories(folder);
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    LocalMailbox mailbox = new LocalMailbox(server);
    mailbox.watcher.scheduleWithFixedDelay(() -> mailbox.saveNew(folder, say), 2, 2, TimeUnit.SECONDS);
    return mailbox;
  }

  private synchronized void saveNew(Path folder, Consumer<String> say) {
    MimeMessage[] received = server.getReceivedMessages();
    for (; saved < received.length; saved++) {
      MimeMessage message = received[saved];
      Path file = folder.resolve(String.format("%s-%04d.eml", runStamp, saved + 1));
      try (OutputStream out = Files.newOutputStream(file)) {
        message.writeTo(out);
        say.accept("  e-mail to " + String.join(", ", recipients(message)) + ": " + message.getSubject() + " (" + file + ")");
      } catch (IOException | MessagingException e) {
        say.accept("  an e-mail could not be saved: " + e.getMessage());
      }
    }
  }

  private static String[] recipients(MimeMessage message) throws MessagingException {
    return Arrays.stream(message.getAllRecipients()).map(Object::toString).toArray(String[]::new);
  }

  @Override
  public void close() {
    watcher.shutdownNow();
    server.stop();
  }
}
