package org.referralnetwork.portal.benchmark;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/** The portal's memory after the load: resident set of its process, and the heap its JVM reports. */
record Memory(long rssMegabytes, double heapUsedMegabytes, double heapMaxMegabytes) {

  static Memory of(long pid, URL portal) throws Exception {
    long rssKb = 0;
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        rssKb = Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portal + "metrics?scope=base"))
        .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    return new Memory(rssKb / 1024, metric(metrics, "memory_usedHeap_bytes") / 1e6, metric(metrics, "memory_maxHeap_bytes") / 1e6);
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
