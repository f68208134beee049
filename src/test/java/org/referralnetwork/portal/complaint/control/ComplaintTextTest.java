package org.referralnetwork.portal.complaint.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ComplaintTextTest {

  @Test
  void textIsStoredAsTypedWithLineBreaksMadeOne() {
    assertEquals("a\nb\n<script>'x'</script>\tعربي", ComplaintText.clean("a\r\nb\r<script>'x'</script>\tعربي"));
    assertNull(ComplaintText.clean("  \r\n "));
    assertNull(ComplaintText.clean(null));
  }

  @Test
  void requiredLongAndControlCharactersAreRefused() {
    assertEquals(List.of("complaint.body.required"), ComplaintText.problemsOf(null, true, 10, "complaint.body"));
    assertEquals(List.of(), ComplaintText.problemsOf(null, false, 10, "complaint.contact"));
    assertEquals(List.of("complaint.body.tooLong"), ComplaintText.problemsOf("x".repeat(11), true, 10, "complaint.body"));
    assertEquals(List.of(), ComplaintText.problemsOf("😀".repeat(10), true, 10, "complaint.body"), "characters, not UTF-16 units");
    assertEquals(List.of("complaint.body.control"), ComplaintText.problemsOf("bell\u0007", true, 10, "complaint.body"));
    assertEquals(List.of("complaint.body.control"), ComplaintText.problemsOf("nul\u0000", true, 10, "complaint.body"));
    assertEquals(List.of(), ComplaintText.problemsOf("a\nb\tc", true, 10, "complaint.body"));
  }

  @Test
  void everyMessageTheRulesNameIsInEveryBundle() throws Exception {
    String[][] fields = {
        {"complaint.body", "true"}, {"complaint.referralReference", "false"}, {"complaint.contact", "false"},
        {"feedback.body", "true"}, {"complaints.answer", "false"}, {"complaints.note", "false"}};
    for (String language : List.of("", "_fr", "_es", "_ar", "_ru")) {
      Properties bundle = new Properties();
      try (Reader reader = Files.newBufferedReader(
          Path.of("src/main/resources/org/referralnetwork/portal/i18n/messages" + language + ".properties"), StandardCharsets.UTF_8)) {
        bundle.load(reader);
      }
      for (String[] field : fields) {
        boolean required = Boolean.parseBoolean(field[1]);
        List<String> keys = new java.util.ArrayList<>(List.of(field[0] + ".tooLong", field[0] + ".control"));
        if (required) {
          keys.add(field[0] + ".required");
        }
        for (String key : keys) {
          assertTrue(bundle.containsKey(key), key + " in messages" + language);
        }
      }
    }
  }
}
