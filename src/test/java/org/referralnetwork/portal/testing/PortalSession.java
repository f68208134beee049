package org.referralnetwork.portal.testing;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in to the portal through the real Keycloak login form, over plain HTTP (no
 * browser): for tests that try many addresses as many people.
 */
public final class PortalSession {

  private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

  private final HttpClient http;
  private final URL portal;
  private final String language;

  private PortalSession(URL portal, String language) {
    this.portal = portal;
    this.language = language;
    this.http = HttpClient.newBuilder()
        .cookieHandler(new LoopbackCookies())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /** Signs in with Keycloak's forms (username, password, and a one-time code when asked), as the browser tests do. */
  public static PortalSession signIn(URL portal, String username) throws IOException, InterruptedException {
    return signIn(portal, username, "en");
  }

  /** As {@link #signIn(URL, String)}, from a browser set to the given language (Accept-Language). */
  public static PortalSession signIn(URL portal, String username, String language)
      throws IOException, InterruptedException {
    PortalSession session = new PortalSession(portal, language);
    HttpResponse<String> login = session.get("referrals.xhtml");
    HttpResponse<String> passwordPage = session.post(formAction(login.body()), "username=" + encode(username));
    HttpResponse<String> home = session.post(formAction(passwordPage.body()), "password=" + encode(Browser.DEMO_PASSWORD));
    if (home.body().contains("name=\"otp\"")) {
      home = session.post(formAction(home.body()), "otp=" + OneTimeCode.forSignIn(username));
    }
    if (!home.uri().toString().startsWith(portal.toString())) {
      throw new IllegalStateException(username + " could not sign in: ended at " + home.uri());
    }
    return session;
  }

  /** GET of a path under the portal, after any redirects. */
  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(portal + path)).timeout(Duration.ofSeconds(30))
            .header("Accept-Language", language).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A form post to a path under the portal, fields as given (encoded here), after any redirects. */
  public HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
    StringBuilder form = new StringBuilder();
    fields.forEach((name, value) -> form.append(form.length() == 0 ? "" : "&").append(encode(name)).append('=')
        .append(encode(value)));
    return post(portal + path, form.toString());
  }

  private HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String formAction(String html) {
    Matcher matcher = FORM_ACTION.matcher(html);
    if (!matcher.find()) {
      throw new IllegalStateException("no login form in: " + html.substring(0, Math.min(html.length(), 500)));
    }
    return matcher.group(1).replace("&amp;", "&");
  }

  /**
   * Keycloak marks its cookies Secure; a browser keeps them on http://127.0.0.1 (a secure context),
   * Java's cookie store would not send them back over plain HTTP. Loopback only, tests only.
   */
  private static final class LoopbackCookies extends CookieHandler {
    private final CookieManager store = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
      return store.get(uri, headers);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> headers) throws IOException {
      Map<String, List<String>> insecure = new HashMap<>();
      headers.forEach((name, values) -> insecure.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
          ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList()
          : values));
      store.put(uri, insecure);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
