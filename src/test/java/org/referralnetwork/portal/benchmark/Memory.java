package org.referralnetwork.portal.benchmark;

import java.io.BufferedReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.referralnetwork.portal.testing.Deployments;

/**
 * The portal's memory after the load: resident set of its process, the heap its JVM reports, and
 * what a full collection leaves (the live heap, and the JDBC statements still held among it: a
 * statement nobody closed stays as long as something holds it).
 */
record Memory(long rssMegabytes, double heapUsedMegabytes, double heapMaxMegabytes, double liveHeapMegabytes,
    long statementsHeld) {

  private static final String STATEMENT_CLASS = "com.mysql.cj.jdbc.ClientPreparedStatement";

  static Memory of(long pid, URL portal) throws Exception {
    long rssKb = 0;
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        rssKb = Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    String metrics = Deployments.clientAsTheProxy().build().send(HttpRequest.newBuilder(URI.create(portal + "metrics?scope=base"))
        .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    double heapUsed = metric(metrics, "memory_usedHeap_bytes") / 1e6;
    double heapMax = metric(metrics, "memory_maxHeap_bytes") / 1e6;
    // the class histogram collects the heap first: what it counts is what is still referenced
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    Process histogram = new ProcessBuilder(jcmd, Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
    long liveBytes = 0;
    long statements = 0;
    try (BufferedReader lines = histogram.inputReader()) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] columns = line.trim().split("\\s+");
        if (columns[0].equals("Total")) {
          liveBytes = Long.parseLong(columns[2]);
        } else if (columns.length >= 4 && columns[3].equals(STATEMENT_CLASS)) {
          statements = Long.parseLong(columns[1]);
        }
      }
    }
    histogram.waitFor();
    return new Memory(rssKb / 1024, heapUsed, heapMax, liveBytes / 1e6, statements);
  }

  private static double metric(String prometheus, String name) {
    for (String line : prometheus.split("\n")) {
      if (line.startsWith(name)) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return Double.NaN;
  }
}
