package org.referralnetwork.portal.hosting.control;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A hosting step that was refused, with the message keys that say why; nothing changed. */
@ApplicationException(rollback = true)
public class HostingRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final List<String> keys;

  public HostingRefusedException(List<String> keys) {
    super("hosting step refused: " + keys);
    this.keys = List.copyOf(keys);
  }

  public HostingRefusedException(String key) {
    this(List.of(key));
  }

  public List<String> getKeys() {
    return keys;
  }
}
