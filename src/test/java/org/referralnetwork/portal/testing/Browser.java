package org.referralnetwork.portal.testing;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Debian Chromium, one fresh profile per person, driven through ChromeDriver. The
 * browser and driver come from the system (apt: chromium chromium-driver); nothing is downloaded.
 */
public final class Browser implements AutoCloseable {

  public static final String DEMO_PASSWORD = "demo-password";

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final File profile;

  private Browser(WebDriver driver, File profile) {
    this.driver = driver;
    this.profile = profile;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  public static Browser open() throws IOException {
    File profile = Files.createTempDirectory("portal-chromium").toFile();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1280,1024", "--lang=en",
        "--user-data-dir=" + profile.getAbsolutePath());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
    // the console is read when the browser closes: a script the Content-Security-Policy refused fails the test
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    return new Browser(new ChromeDriver(service, options), profile);
  }

  /** Signs in through Keycloak's login form (username, password, code if asked) and opens the referrals page. */
  public Browser signIn(URL portal, String username) {
    driver.get(portal + "referrals.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
    driver.findElement(By.id("kc-login")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(DEMO_PASSWORD);
    driver.findElement(By.id("kc-login")).click();
    // the secretariat and organisations' admins are asked for a one-time code too
    wait.until(d -> d.getCurrentUrl().startsWith(portal.toString()) || !d.findElements(By.id("otp")).isEmpty());
    if (!driver.getCurrentUrl().startsWith(portal.toString())) {
      driver.findElement(By.id("otp")).sendKeys(OneTimeCode.forSignIn(username));
      driver.findElement(By.id("kc-login")).click();
    }
    wait.until(ExpectedConditions.urlContains(portal.getPath()));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    // a person lands on the home page after signing in; the tests start from the referrals page
    if (!driver.getCurrentUrl().contains("referrals.xhtml")) {
      driver.get(portal + "referrals.xhtml");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }
    return this;
  }

  public WebDriver driver() {
    return driver;
  }

  public WebElement find(String css) {
    try {
      return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    } catch (TimeoutException notThere) {
      throw new TimeoutException(
          css + " not found on " + driver.getCurrentUrl() + "; the page shows: " + bodyText() + keepScreenshot(),
          notThere);
    }
  }

  /** Keeps a picture of the page under target/browser-failures, to see what the test saw. */
  private String keepScreenshot() {
    try {
      Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
      Path shot = dir.resolve(System.currentTimeMillis() + ".png");
      Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return " (screenshot: " + shot + ")";
    } catch (IOException | RuntimeException noPicture) {
      return "";
    }
  }

  public String text(String css) {
    return find(css).getText();
  }

  public String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Replaces what a field holds, as a person selecting it all and typing (masked inputs ignore clear()). */
  public void type(String css, String text) {
    WebElement input = find(css);
    input.sendKeys(Keys.CONTROL, "a");
    input.sendKeys(Keys.BACK_SPACE);
    input.sendKeys(text);
  }

  /** Gives a file to a file input, as a person picking it in the file dialog. */
  public void upload(String css, java.nio.file.Path file) {
    driver.findElement(By.cssSelector(css)).sendKeys(file.toAbsolutePath().toString());
  }

  /**
   * Chooses an option of a PrimeFaces selectOneMenu by its label, as a person clicks it; tries
   * again when a click lands while the panel is still opening. Returns once the panel has closed:
   * a panel still fading out (the country list opens upwards) lies over the fields above it.
   */
  public void choose(String menuId, String label) {
    String escaped = "#" + menuId.replace(":", "\\:");
    By item = By.cssSelector(escaped + "_items li[data-label=\"" + label + "\"]");
    By panel = By.cssSelector(escaped + "_panel");
    WebDriverWait shortWait = new WebDriverWait(driver, Duration.ofSeconds(5));
    for (int attempt = 1; ; attempt++) {
      awaitAjax();
      try {
        closeMenusOtherThan(menuId + "_panel");
        boolean open = driver.findElements(panel).stream().anyMatch(WebElement::isDisplayed);
        if (!open) {
          wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(escaped))).click();
        }
        WebElement option = shortWait.until(ExpectedConditions.visibilityOfElementLocated(item));
        // long lists (countries): bring the option to the middle of its panel, as a person scrolls to it
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", option);
        option.click();
        shortWait.until(ExpectedConditions.textToBe(By.cssSelector(escaped + "_label"), label));
        shortWait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
        return;
      } catch (TimeoutException | org.openqa.selenium.ElementNotInteractableException missed) {
        if (attempt == 3) {
          throw missed;
        }
      } catch (WebDriverException swapped) {
        if (!replaced(swapped) || attempt == 3) {
          throw swapped;
        }
      }
    }
  }

  /** Closes, as a person pressing Escape, any other menu's panel left open over the page. */
  private void closeMenusOtherThan(String panelId) {
    By openPanels = By.cssSelector(".ui-selectonemenu-panel");
    boolean otherOpen = driver.findElements(openPanels).stream()
        .anyMatch(p -> p.isDisplayed() && !panelId.equals(p.getAttribute("id")));
    if (otherOpen) {
      new Actions(driver).sendKeys(Keys.ESCAPE).perform();
      new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElements(openPanels).stream()
          .noneMatch(p -> p.isDisplayed() && !panelId.equals(p.getAttribute("id"))));
    }
  }

  /**
   * Clicks once the page is quiet. An Ajax update can still swap the element between finding and
   * clicking it (Chromium then calls the node stale or "not in the document"): find it again.
   */
  public void click(String css) {
    for (int attempt = 1; ; attempt++) {
      awaitAjax();
      try {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        return;
      } catch (WebDriverException swapped) {
        if (!replaced(swapped) || attempt == 3) {
          throw swapped;
        }
      }
    }
  }

  /** Whether an Ajax update swapped the element away (Chromium calls it stale or "not in the document"). */
  private static boolean replaced(WebDriverException failure) {
    return failure instanceof StaleElementReferenceException
        || String.valueOf(failure.getMessage()).contains("does not belong to the document");
  }

  /** Waits until PrimeFaces has no Ajax request in flight, instead of sleeping. */
  public void awaitAjax() {
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.readyState === 'complete' && (!window.PrimeFaces"
                            + " || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0)));"));
  }

  /**
   * Waits until the page shows the text. A navigation can replace the body between finding and
   * reading it (Chromium: "not in the document", which the stock condition does not take for
   * stale): then the new page is read at the next poll.
   */
  public void awaitText(String text) {
    wait.until(d -> {
      try {
        return bodyText().contains(text);
      } catch (WebDriverException swapped) {
        if (replaced(swapped)) {
          return false;
        }
        throw swapped;
      }
    });
  }

  /** What the browser's console says the page's Content-Security-Policy refused, since the last call. */
  public List<String> refusedByContentSecurityPolicy() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(message -> message.contains("Content Security Policy"))
        .toList();
  }

  /** Closes the browser; fails when, on any page it showed, the Content-Security-Policy refused something. */
  @Override
  public void close() {
    List<String> refused;
    try {
      refused = refusedByContentSecurityPolicy();
    } finally {
      driver.quit();
      deleteProfile(profile);
    }
    if (!refused.isEmpty()) {
      throw new AssertionError("refused by the Content-Security-Policy: " + refused);
    }
  }

  private static void deleteProfile(File dir) {
    File[] children = dir.listFiles();
    if (children != null) {
      for (File child : children) {
        deleteProfile(child);
      }
    }
    dir.delete();
  }
}
