package org.referralnetwork.portal.devenv;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A server started as a child process, with its output in a log file, awaited over HTTP. */
public final class ChildProcess implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Path log;

  private ChildProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  public static ChildProcess start(
      String name, List<String> command, Path workDir, Map<String, String> env, Path log)
      throws IOException {
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    return new ChildProcess(name, builder.start(), log);
  }

  /** Waits until the URL answers 200, or fails naming the part and its log. */
  public void awaitHttp(String url, Duration timeout) throws IOException, InterruptedException {
    awaitHttp(url, timeout, null);
  }

  /** As {@link #awaitHttp(String, Duration)}, failing at once when the log shows {@code failure}. */
  public void awaitHttp(String url, Duration timeout, String failure)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " stopped while starting (exit code " + process.exitValue() + "); see " + log);
      }
      if (failure != null && Files.readString(log).contains(failure)) {
        throw new IllegalStateException(name + " failed to start (\"" + failure + "\"); see " + log);
      }
      if (answers(url)) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        name + " did not answer at " + url + " within " + timeout.toSeconds() + " s; see " + log);
  }

  private static boolean answers(String url) {
    try {
      HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
      connection.setInstanceFollowRedirects(false);
      connection.setConnectTimeout(1000);
      connection.setReadTimeout(5000);
      int status = connection.getResponseCode();
      connection.disconnect();
      return status == HttpURLConnection.HTTP_OK;
    } catch (IOException notYet) {
      return false;
    }
  }

  /** Ends the process at once, without letting it shut down: a crashed machine, as a cluster sees it. */
  public void kill() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
  }

  public void awaitExit() throws InterruptedException {
    process.waitFor();
  }

  /** The operating system's process id, to read its memory from /proc. */
  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  @Override
  public void close() throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
