package org.referralnetwork.portal.benchmark;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.referralnetwork.portal.testing.PageForms;
import org.referralnetwork.portal.testing.PortalSession;

/**
 * Signed-in people working the portal's pages at once, each with their own session and JSF view
 * state: a full page, then the table's next pages and a filter as PrimeFaces posts them (Ajax
 * partial requests carrying the view state and the page's nonce). Times are measured at the client,
 * on loopback, so they are the server's time plus a few tens of microseconds.
 */
final class PageLoad {

  /** One person's round of work; every request is timed under a name. */
  interface Round {
    void run(PortalSession session, Timer timer) throws Exception;
  }

  /** Times requests by name; fails the run on an answer that is not a page or a partial response. */
  static final class Timer {
    private final Map<String, Latencies> byName;
    private final Map<String, AtomicInteger> errors;

    Timer(Map<String, Latencies> byName, Map<String, AtomicInteger> errors) {
      this.byName = byName;
      this.errors = errors;
    }

    String time(String name, Request request) throws Exception {
      long start = System.nanoTime();
      HttpResponse<String> response = request.send();
      long took = System.nanoTime() - start;
      boolean ok = response.statusCode() == 200 && !response.body().contains("<error>")
          && !response.body().contains("Something went wrong");
      if (!ok) {
        errors.computeIfAbsent(name + ": " + kindOf(response), k -> new AtomicInteger()).incrementAndGet();
      }
      byName.computeIfAbsent(name, n -> new Latencies()).add(took);
      return response.body();
    }
  }

  /** What went wrong, in a few words: the status and what the page or partial response says. */
  private static String kindOf(HttpResponse<String> response) {
    String body = response.body();
    if (body.contains("<error>")) {
      int name = body.indexOf("<error-name>");
      return "partial error " + (name < 0 ? "" : body.substring(name + 12, body.indexOf("</error-name>", name)));
    }
    int heading = body.indexOf("<h1>");
    return response.statusCode() + (heading < 0 ? "" : " " + body.substring(heading + 4, body.indexOf("</h1>", heading)));
  }

  interface Request {
    HttpResponse<String> send() throws Exception;
  }

  /** What a run measured: per request name, and in all. */
  record Result(Map<String, Latencies> byName, Map<String, Integer> errors, double seconds) {
    int errorCount() {
      return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    int requests() {
      return byName.values().stream().mapToInt(Latencies::count).sum();
    }

    double throughput() {
      return requests() / seconds;
    }
  }

  private PageLoad() {}

  static Result run(List<PortalSession> people, Duration duration, Round round) throws Exception {
    Map<String, Latencies> byName = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(people.size());
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (PortalSession person : people) {
        running.add(pool.submit(() -> {
          Timer timer = new Timer(byName, errors);
          while (System.nanoTime() < end) {
            round.run(person, timer);
          }
          return null;
        }));
      }
      for (Future<?> person : running) {
        person.get();
      }
    } finally {
      pool.shutdownNow();
    }
    Map<String, Integer> errorCounts = new TreeMap<>();
    errors.forEach((kind, count) -> errorCounts.put(kind, count.get()));
    return new Result(new LinkedHashMap<>(byName), errorCounts, (System.nanoTime() - start) / 1e9);
  }

  static boolean hasForm(String html) {
    return html.contains("jakarta.faces.ViewState");
  }

  /** The Ajax post of a lazy table's page, as PrimeFaces' paginator sends it. */
  static Map<String, String> tablePage(String html, String form, String table, int first, int rows) {
    Map<String, String> fields = ajax(html, form, table, table, table);
    fields.put(table + "_pagination", "true");
    fields.put(table + "_first", Integer.toString(first));
    fields.put(table + "_rows", Integer.toString(rows));
    fields.put(table + "_skipChildren", "true");
    fields.put(table + "_encodeFeature", "true");
    return fields;
  }

  /** The Ajax post of a form's button that processes {@code execute} (client ids) and renders the table. */
  static Map<String, String> submit(
      String html, String form, String button, String execute, String table, Map<String, String> values) {
    Map<String, String> fields = PageForms.post(html, new PageForms.Button(form, button), PageForms.Fill.EMPTY_FIELDS, "");
    fields.putAll(values);
    fields.putAll(ajax(html, form, button, execute, table));
    fields.put(button, button);
    return fields;
  }

  private static Map<String, String> ajax(String html, String form, String source, String execute, String render) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", source);
    fields.put("jakarta.faces.partial.execute", execute);
    fields.put("jakarta.faces.partial.render", render);
    fields.put(form, form);
    fields.put("jakarta.faces.ViewState", PageForms.viewState(html));
    PageForms.nonce(html).ifPresent(nonce -> fields.put("primefaces.nonce", nonce));
    return fields;
  }
}
