package org.referralnetwork.portal.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms of a rendered page, read from its HTML as a browser would post them: every submit
 * button, and each form's fields with the values shown. For tests that post forms themselves.
 */
public final class PageForms {

  private static final Pattern FORM = Pattern.compile("<form id=\"([^\"]+)\".*?</form>", Pattern.DOTALL);
  private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
  private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"");
  private static final Pattern SELECT = Pattern.compile("<select[^>]*name=\"([^\"]+)\"");
  private static final Pattern SUBMIT = Pattern.compile("<button id=\"([^\"]+)\"[^>]*type=\"submit\"");
  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** A submit button: its form's id and its own. */
  public record Button(String form, String id) {}

  private PageForms() {}

  /** The submit buttons of every form but the header's (language, sign-out) and file uploads. */
  public static List<Button> buttons(String html) {
    List<Button> buttons = new ArrayList<>();
    Matcher forms = FORM.matcher(html);
    while (forms.find()) {
      if (forms.group(1).equals("header") || forms.group(0).contains("type=\"file\"")) {
        continue;
      }
      Matcher submit = SUBMIT.matcher(forms.group(0));
      while (submit.find()) {
        buttons.add(new Button(forms.group(1), submit.group(1)));
      }
    }
    return buttons;
  }

  /** Which fields a post fills in. */
  public enum Fill {
    /** The fields as shown, the empty ones and the text areas given the filler; menus left out. */
    EMPTY_FIELDS,
    /** Every field a person types or chooses in (text, text area, menu) given the filler. */
    EVERY_FIELD
  }

  /**
   * What posting the button sends, as the browser sends it: the form's fields filled as asked, the
   * button, the page's view state and its script nonce.
   */
  public static Map<String, String> post(String html, Button button, Fill fill, String filler) {
    String block = "";
    Matcher form = FORM.matcher(html);
    while (form.find()) {
      if (form.group(1).equals(button.form())) {
        block = form.group(0);
      }
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(block);
    while (input.find()) {
      String name = attribute(input.group(1), "name");
      String value = attribute(input.group(1), "value");
      String type = attribute(input.group(1), "type");
      if (name != null && !name.equals("jakarta.faces.ViewState")) {
        boolean typed = !"hidden".equals(type) && !"checkbox".equals(type) && !"radio".equals(type);
        boolean empty = value == null || value.isEmpty();
        fields.put(name, empty || (fill == Fill.EVERY_FIELD && typed) ? filler : value);
      }
    }
    for (Pattern named : fill == Fill.EVERY_FIELD ? List.of(TEXTAREA, SELECT) : List.of(TEXTAREA)) {
      Matcher field = named.matcher(block);
      while (field.find()) {
        fields.put(field.group(1), filler);
      }
    }
    fields.put(button.form(), button.form());
    fields.put(button.id(), "");
    fields.put("jakarta.faces.ViewState", viewState(html));
    // PrimeFaces' script adds the page's CSP nonce to every post; a post without it is refused
    nonce(html).ifPresent(nonce -> fields.put("primefaces.nonce", nonce));
    return fields;
  }

  /** The page's script nonce, which PrimeFaces sends with every post. */
  public static Optional<String> nonce(String html) {
    Matcher nonce = NONCE.matcher(html);
    return nonce.find() ? Optional.of(nonce.group(1)) : Optional.empty();
  }

  public static String viewState(String html) {
    Matcher matcher = VIEW_STATE.matcher(html);
    if (!matcher.find()) {
      throw new AssertionError("a page with a form, not: " + html.substring(0, Math.min(html.length(), 600)));
    }
    return matcher.group(1);
  }

  private static String attribute(String attributes, String name) {
    Matcher matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
    return matcher.find() ? matcher.group(1) : null;
  }
}
