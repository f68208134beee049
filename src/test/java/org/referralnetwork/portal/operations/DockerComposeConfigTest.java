package org.referralnetwork.portal.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The production compose file is one Docker Compose accepts with the example settings, and the
 * example names every setting it asks for. Debian's docker-compose validates without an engine;
 * the check is skipped only where docker-compose is not installed (.ci/run installs it).
 */
class DockerComposeConfigTest {

  private static final Path COMPOSE = Path.of("docker/compose.yml");
  private static final Path ENV_EXAMPLE = Path.of("docker/.env.example");

  @Test
  void composeAcceptsTheFileWithTheExampleSettings() throws Exception {
    assertComposeAccepts(Map.of());
  }

  /** Scale-out (README, "Scale-out"): two portal instances and HAProxy. */
  @Test
  void composeAcceptsTheClusterProfile() throws Exception {
    assertComposeAccepts(Map.of("COMPOSE_PROFILES", "cluster", "PORTAL_SINGLE_INSTANCE", "false"));
  }

  private static void assertComposeAccepts(Map<String, String> environment) throws Exception {
    assumeTrue(onPath("docker-compose"), "docker-compose is not installed");
    ProcessBuilder builder = new ProcessBuilder("docker-compose", "--env-file", ENV_EXAMPLE.toString(), "-f", COMPOSE.toString(),
        "config", "-q").redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process config = builder.start();
    String output = new String(config.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(config.waitFor(60, TimeUnit.SECONDS), "docker-compose config did not finish");
    assertEquals(0, config.exitValue(), output);
  }

  @Test
  void theExampleNamesEverySettingTheComposeFileUses() throws IOException {
    Matcher used = Pattern.compile("\\$\\{([A-Z0-9_]+)").matcher(Files.readString(COMPOSE));
    Set<String> missing = new TreeSet<>();
    while (used.find()) {
      missing.add(used.group(1));
    }
    try (Stream<String> lines = Files.lines(ENV_EXAMPLE)) {
      lines.filter(line -> line.matches("[A-Z0-9_]+=.*")).map(line -> line.substring(0, line.indexOf('='))).forEach(missing::remove);
    }
    assertTrue(missing.isEmpty(), "not in docker/.env.example: " + missing);
  }

  private static boolean onPath(String command) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
  }
}
