package org.referralnetwork.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a page or a use case names exists, in every one of the five languages. */
class MessageBundlesTest {

  private static final Path BUNDLES = Path.of("src/main/resources/org/referralnetwork/portal/i18n");
  private static final List<String> LANGUAGES = List.of("fr", "es", "ar", "ru");
  private static final Pattern IN_PAGES = Pattern.compile("msg\\['([a-zA-Z.]+)'\\]");
  private static final Pattern IN_CODE = Pattern.compile(
      "(?:messages\\.(?:info|error|text)|texts\\.getString|RefusedException|NotFoundException|problems\\.add)\\(\"([a-zA-Z]+\\.[a-zA-Z.]+)\"");

  private static final Pattern ENUM_IN_PAGES = Pattern.compile("msg\\['([A-Z][A-Za-z]+)\\.'\\s*\\+=");
  private static final Pattern ENUM_IN_CODE = Pattern.compile("(?:messages\\.text|texts\\.getString)\\(\"([A-Z][A-Za-z]+)\\.\" \\+");

  @Test
  void everyLanguageHasEveryKey() throws IOException {
    Set<String> english = keys("messages.properties");
    for (String language : LANGUAGES) {
      assertEquals(english, keys("messages_" + language + ".properties"), language);
    }
  }

  @Test
  void everyKeyPagesAndCodeNameExists() throws IOException {
    Set<String> english = keys("messages.properties");
    Set<String> missing = new TreeSet<>();
    collect(Path.of("src/main/webapp"), ".xhtml", IN_PAGES, english, missing);
    collect(Path.of("src/main/java"), ".java", IN_CODE, english, missing);
    assertTrue(missing.isEmpty(), "named but not in the bundle: " + missing);
  }

  private static void collect(Path root, String suffix, Pattern pattern, Set<String> known, Set<String> missing)
      throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
        Matcher matcher = pattern.matcher(Files.readString(file));
        while (matcher.find()) {
          if (!known.contains(matcher.group(1))) {
            missing.add(matcher.group(1) + " (" + root.relativize(file) + ")");
          }
        }
      }
    }
  }

  /** Pages and code name enum constants as "Programme." + value: every constant of such an enum has its text. */
  @Test
  void everyConstantOfAnEnumShownByNameHasItsText() throws Exception {
    Set<String> english = keys("messages.properties");
    Set<String> prefixes = new TreeSet<>();
    collect(Path.of("src/main/webapp"), ".xhtml", ENUM_IN_PAGES, Set.of(), prefixes);
    collect(Path.of("src/main/java"), ".java", ENUM_IN_CODE, Set.of(), prefixes);
    Set<String> missing = new TreeSet<>();
    for (String found : prefixes) {
      String simpleName = found.substring(0, found.indexOf(' '));
      Path source;
      try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
        source = files.filter(f -> f.getFileName().toString().equals(simpleName + ".java")).findFirst().orElseThrow(
            () -> new AssertionError("no enum " + simpleName));
      }
      String className = Path.of("src/main/java").relativize(source).toString().replace(".java", "").replace('/', '.');
      for (Object constant : Class.forName(className).getEnumConstants()) {
        String key = simpleName + "." + ((Enum<?>) constant).name();
        if (!english.contains(key)) {
          missing.add(key);
        }
      }
    }
    assertTrue(prefixes.size() > 10, "enums shown by name: " + prefixes);
    assertTrue(missing.isEmpty(), "enum constants without a text: " + missing);
  }

  private static Set<String> keys(String bundle) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
