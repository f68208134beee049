package org.referralnetwork.portal.protection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The master key ring, from {@code portal.master-keys} (the lines themselves, e.g. the environment
 * variable PORTAL_MASTER_KEYS filled from a secret store) or else from the file named by
 * {@code portal.master-key-file}. Never from the repository or the database. A changed file is
 * read again on the next use, so a new master key takes effect without a restart.
 */
@ApplicationScoped
public class MasterKeys {

  @Inject
  @ConfigProperty(name = "portal.master-keys")
  Optional<String> inline;

  @Inject
  @ConfigProperty(name = "portal.master-key-file")
  Optional<String> file;

  private MasterKeyRing ring;
  private FileTime readAt;

  public synchronized MasterKeyRing ring() {
    if (inline.filter(s -> !s.isBlank()).isPresent()) {
      if (ring == null) {
        ring = MasterKeyRing.parse(inline.get());
      }
      return ring;
    }
    Path path = Path.of(file.orElseThrow(() -> new IllegalStateException(
        "no master key: set portal.master-keys or portal.master-key-file (PORTAL_MASTER_KEY_FILE)")));
    try {
      FileTime modified = Files.getLastModifiedTime(path);
      if (ring == null || !modified.equals(readAt)) {
        ring = MasterKeyRing.parse(Files.readString(path, StandardCharsets.UTF_8));
        readAt = modified;
      }
      return ring;
    } catch (IOException e) {
      throw new UncheckedIOException("master key file cannot be read", e);
    }
  }
}
