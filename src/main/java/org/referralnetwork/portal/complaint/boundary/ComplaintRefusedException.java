package org.referralnetwork.portal.complaint.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A complaint, feedback, look-up or handling step that was refused, with the message keys that say why; nothing changed. */
@ApplicationException(rollback = true)
public class ComplaintRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final List<String> keys;
  private final Object[] arguments;

  public ComplaintRefusedException(List<String> keys) {
    super("complaint step refused: " + keys);
    this.keys = List.copyOf(keys);
    this.arguments = new Object[0];
  }

  /** One reason, with the values its message shows (e.g. the minutes to wait). */
  public ComplaintRefusedException(String key, Object... arguments) {
    super("complaint step refused: " + key);
    this.keys = List.of(key);
    this.arguments = arguments.clone();
  }

  public List<String> getKeys() {
    return keys;
  }

  public Object[] getArguments() {
    return arguments.clone();
  }
}
