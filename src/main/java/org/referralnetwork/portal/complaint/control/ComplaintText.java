package org.referralnetwork.portal.complaint.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules for what people type into complaints and feedback: required where required, not too
 * long (counted in characters as people see them), and no control characters but line breaks and
 * tabs. Everything else is stored as typed and shown escaped.
 */
public final class ComplaintText {

  public static final int BODY_MAX = 4000;
  public static final int REFERRAL_REFERENCE_MAX = 40;
  public static final int CONTACT_MAX = 300;
  public static final int ANSWER_MAX = 4000;
  public static final int NOTE_MAX = 4000;

  private ComplaintText() {}

  /** Line breaks as one newline each (browsers send CR LF); null stays null, blank becomes null. */
  public static String clean(String typed) {
    if (typed == null) {
      return null;
    }
    String text = typed.replace("\r\n", "\n").replace('\r', '\n');
    return text.isBlank() ? null : text;
  }

  /** The message keys of what is wrong with a field; none when it is fine. */
  public static List<String> problemsOf(String text, boolean required, int max, String field) {
    List<String> problems = new ArrayList<>();
    if (text == null) {
      if (required) {
        problems.add(field + ".required");
      }
      return problems;
    }
    if (text.codePointCount(0, text.length()) > max) {
      problems.add(field + ".tooLong");
    }
    if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t')) {
      problems.add(field + ".control");
    }
    return problems;
  }
}
