package org.referralnetwork.portal.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Checks the page a browser shows against WCAG 2.1 A and AA with axe-core, the engine from the npm
 * registry, taken from its WebJar on the test classpath. WebDriver injects it: the page's
 * Content-Security-Policy governs the page's own scripts, not the ones the driver evaluates.
 */
public final class Accessibility {

  private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";

  /**
   * What PrimeFaces writes itself and no page can change, by rule: the elements exempt from it.
   * {@code list}: p:messages writes each message as {@code <li role="alert">} inside its {@code <ul>},
   * so the list holds alerts instead of list items (MessagesRenderer); the alert role is what makes
   * screen readers announce the message, so it stays.
   */
  private static final Map<String, String> PRIMEFACES_INTERNALS = Map.of("list", ".ui-messages > div > ul");

  /** The rules of WCAG 2.0 and 2.1, levels A and AA; serious and critical violations only. */
  private static final String RUN =
      "var exempt = arguments[0], done = arguments[arguments.length - 1];"
          + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
          + "    resultTypes: ['violations'], elementRef: true})"
          + "  .then(function (results) {"
          + "    done(results.violations"
          + "      .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
          + "      .map(function (v) {"
          + "        v.nodes = v.nodes.filter(function (n) { return !(exempt[v.id] && n.element && n.element.matches(exempt[v.id])); });"
          + "        return v;"
          + "      })"
          + "      .filter(function (v) { return v.nodes.length > 0; })"
          + "      .map(function (v) {"
          + "        return v.id + ' (' + v.impact + '): ' + v.help + ' at '"
          + "          + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', ')"
          + "          + (v.nodes.length > 3 ? ' and ' + (v.nodes.length - 3) + ' more' : '')"
          + "          + ' (first: ' + v.nodes[0].html.substring(0, 300) + ' ' + (v.nodes[0].failureSummary || '').substring(0, 300) + ')';"
          + "      }));"
          + "  })"
          + "  .catch(function (failed) { done(['axe failed: ' + failed]); });";

  /**
   * Nothing moving: no jQuery animation and no finite CSS transition or animation (a button fading
   * in or changing colour has too little contrast half way).
   */
  private static final String STILL =
      "return (!window.jQuery || jQuery(':animated').length === 0)"
          + " && document.getAnimations().every(function (a) {"
          + "   return a.playState !== 'running' || a.effect.getComputedTiming().iterations === Infinity; });";

  private static String source;

  private Accessibility() {}

  /**
   * The serious and critical WCAG 2.1 AA violations of the page shown now, one line each: the
   * rule, what it asks, and the first elements that break it.
   */
  @SuppressWarnings("unchecked")
  public static List<String> seriousViolations(WebDriver driver) {
    JavascriptExecutor script = (JavascriptExecutor) driver;
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(script.executeScript(STILL)));
    if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe === 'object';"))) {
      script.executeScript(axe());
    }
    return ((List<Object>) script.executeAsyncScript(RUN, PRIMEFACES_INTERNALS)).stream().map(String::valueOf).toList();
  }

  private static synchronized String axe() {
    if (source == null) {
      ClassLoader loader = Accessibility.class.getClassLoader();
      try (InputStream about = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
        if (about == null) {
          throw new IllegalStateException("axe-core's WebJar is not on the test classpath");
        }
        Properties properties = new Properties();
        properties.load(about);
        try (InputStream engine = loader.getResourceAsStream(WEBJAR + properties.getProperty("version") + "/axe.min.js")) {
          source = new String(engine.readAllBytes(), StandardCharsets.UTF_8);
        }
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
    }
    return source;
  }
}
