package org.referralnetwork.portal.devenv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.referralnetwork.portal.protection.control.MasterKeyRing;

/**
 * The master key file of a local run or a test run: made with a fresh random key on first use,
 * readable by its owner only, and never part of the repository.
 */
public final class MasterKeyFile {

  private MasterKeyFile() {}

  public static Path ensure(Path file) throws IOException {
    if (!Files.exists(file)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, "# master keys of this local run only; the first line is the current one\n"
          + MasterKeyRing.newLine("local-1") + "\n", StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the file stays with the folder's permissions
      }
    }
    return file;
  }
}
