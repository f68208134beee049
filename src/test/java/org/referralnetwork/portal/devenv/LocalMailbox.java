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
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
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
  /**
   * The e-mails saved so far, by identity: GreenMail lists its messages mailbox by mailbox, so a new
   * e-mail to one person comes before older ones to another, and counting positions saved one
   * e-mail twice and skipped another.
   */
  private final Set<MimeMessage> saved = Collections.newSetFromMap(new IdentityHashMap<>());

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
    for (MimeMessage message : server.getReceivedMessages()) {
      if (!saved.add(message)) {
        continue;
      }
      Path file = folder.resolve(String.format("%s-%04d.eml", runStamp, saved.size()));
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
