package org.referralnetwork.portal.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's mail server: a real SMTP server (GreenMail) on loopback that takes every e-mail
 * and forgets it within a second, as a relay hands mail on. Kept, tens of thousands of e-mails
 * slowed GreenMail's store down to 50 a second, and the benchmark measured the mail catcher.
 */
final class MailSink implements AutoCloseable {

  private final GreenMail server;
  private final ScheduledExecutorService purger = Executors.newSingleThreadScheduledExecutor();

  private MailSink(GreenMail server) {
    this.server = server;
  }

  static MailSink start(int port) {
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    MailSink sink = new MailSink(server);
    sink.purger.scheduleWithFixedDelay(sink::forget, 1, 1, TimeUnit.SECONDS);
    return sink;
  }

  private void forget() {
    try {
      server.purgeEmailFromAllMailboxes();
    } catch (Exception purgeFailed) {
      // the next second tries again; the store only grows meanwhile
    }
  }

  @Override
  public void close() {
    purger.shutdownNow();
    server.stop();
  }
}
