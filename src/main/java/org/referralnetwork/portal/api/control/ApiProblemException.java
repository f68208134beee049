package org.referralnetwork.portal.api.control;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** A request the partner API refuses with a problem document; nothing was changed. */
@ApplicationException(rollback = true)
public class ApiProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final int status;
  private final String name;
  private final String detailKey;
  private final transient Map<String, String> errors;

  public ApiProblemException(int status, String name, String detailKey) {
    this(status, name, detailKey, Map.of());
  }

  /** {@code errors}: field → message, already in the caller's language. */
  public ApiProblemException(int status, String name, String detailKey, Map<String, String> errors) {
    super(name);
    this.status = status;
    this.name = name;
    this.detailKey = detailKey;
    this.errors = Map.copyOf(errors);
  }

  public int status() { return status; }
  public String name() { return name; }
  public String detailKey() { return detailKey; }
  public Map<String, String> errors() { return errors; }
}
