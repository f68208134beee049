package org.referralnetwork.portal.devenv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro unpacked once into {@code target/runtimes/payara-root} (Payara's {@code --rootdir}
 * and its launcher) instead of into a new temporary directory at every start, with a class-data
 * archive of the classes a start loads (AppCDS): a later start maps them from the archive instead
 * of reading, parsing and verifying some 21,000 classes again (a cold start on two cores: about
 * 22 s without, 14-15 s with). The archive is written when a start without one exits; a class
 * that changed since (a rebuilt WAR) does not match its archived copy and is loaded as usual.
 */
final class KeptRuntime {

  private final Path root;

  private KeptRuntime(Path root) {
    this.root = root;
  }

  /**
   * The kept runtime, unpacked now if it is not yet or was unpacked from another Payara Micro jar
   * (a new version in the pom), without the previous start's deployment.
   */
  static KeptRuntime prepare(Path basedir) throws IOException, InterruptedException {
    Path root = rootOf(basedir);
    Path distribution = PortalProcess.payaraMicro(basedir);
    String unpackedFrom = Files.size(distribution) + " bytes, " + Files.getLastModifiedTime(distribution);
    Path marker = root.resolve("unpacked-from.txt");
    if (!Files.exists(root.resolve("launch-micro.jar")) || !Files.exists(marker)
        || !Files.readString(marker).equals(unpackedFrom)) {
      Directories.deleteTree(root);
      Process unpack = new ProcessBuilder(javaCommand(), "-jar", distribution.toString(),
          "--rootdir", root.toString(), "--outputlauncher")
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!unpack.waitFor(2, TimeUnit.MINUTES) || unpack.exitValue() != 0) {
        throw new IllegalStateException("Payara Micro could not be unpacked into " + root);
      }
      Files.writeString(marker, unpackedFrom);
    }
    // the WAR is deployed afresh at every start: nothing of the last one's unpacked copy may linger
    Directories.deleteTree(root.resolve("applications/portal"));
    Directories.deleteTree(root.resolve("generated"));
    return new KeptRuntime(root);
  }

  Path launcher() {
    return root.resolve("launch-micro.jar");
  }

  /** The JVM option that uses the class archive, or records it when this start exits if there is none. */
  String classArchiveOption() {
    Path archive = archive();
    return (Files.exists(archive) ? "-XX:SharedArchiveFile=" : "-XX:ArchiveClassesAtExit=") + archive;
  }

  /** Drops the class archive, so that the next start records a new one (of the WAR as it is now). */
  static void forgetClassArchive(Path basedir) throws IOException {
    Files.deleteIfExists(archiveOf(rootOf(basedir)));
  }

  private Path archive() {
    return archiveOf(root);
  }

  private static Path rootOf(Path basedir) {
    return basedir.resolve("target/runtimes/payara-root");
  }

  private static Path archiveOf(Path root) {
    return root.resolve("portal-classes.jsa");
  }

  static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
