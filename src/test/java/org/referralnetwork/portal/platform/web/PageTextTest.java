package org.referralnetwork.portal.platform.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Nothing a person reads is written into a page or into code: every word comes from the five
 * bundles. Punctuation and symbols ("·", ":", "→") may stand between expressions.
 */
class PageTextTest {

  private static final Path PAGES = Path.of("src/main/webapp");
  private static final Path CODE = Path.of("src/main/java");
  private static final Set<String> SHOWN = Set.of(
      "value", "title", "placeholder", "alt", "label", "headerText", "footerText", "emptyMessage",
      "aria-label", "ariaLabel", "itemLabel", "requiredMessage", "validatorMessage", "converterMessage",
      "message", "summary", "detail");
  /** Values that never reach the reader: request parameters and attributes handed to components. */
  private static final Set<String> NOT_SHOWN = Set.of("param", "attribute", "viewParam", "viewAction",
      "passThroughAttribute", "selectItem", "setPropertyActionListener");
  private static final Pattern EXPRESSION = Pattern.compile("[#$]\\{(?:[^}'\"]|'[^']*'|\"[^\"]*\")*\\}");
  private static final Pattern LITERAL_MESSAGE = Pattern.compile("new\\s+FacesMessage\\s*\\([^;]*\"[^\"]*\\p{L}[^\"]*\"");

  @Test
  void pagesHoldNoWordsOutsideTheBundles() throws Exception {
    Set<String> found = new TreeSet<>();
    for (Path page : files(PAGES, ".xhtml")) {
      walk(parse(page).getDocumentElement(), PAGES.relativize(page).toString(), found);
    }
    assertTrue(found.isEmpty(), "words written into pages, not taken from the bundles:\n" + String.join("\n", found));
  }

  @Test
  void codeWritesNoSentenceIntoFacesMessages() throws IOException {
    Set<String> found = new TreeSet<>();
    for (Path source : files(CODE, ".java")) {
      Matcher matcher = LITERAL_MESSAGE.matcher(Files.readString(source));
      while (matcher.find()) {
        found.add(CODE.relativize(source) + ": " + matcher.group());
      }
    }
    assertTrue(found.isEmpty(), "FacesMessage with words from the code, not from the bundles:\n" + String.join("\n", found));
  }

  @Test
  void theCheckSeesWordsButNotExpressionsOrSymbols() {
    assertTrue(wordy("Save"));
    assertTrue(wordy("#{msg['a.b']} items"));
    assertTrue(!wordy("#{msg['a.b']} · #{x.y} → :"));
    assertTrue(!wordy("#{x ? 'Yes' : \"No\"}"));
    assertTrue(!wordy("  (#{n}) — 12 %"));
  }

  static boolean wordy(String text) {
    return EXPRESSION.matcher(text).replaceAll("").codePoints().anyMatch(Character::isLetter);
  }

  private static void walk(Element element, String page, Set<String> found) {
    String local = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    if (!NOT_SHOWN.contains(local)) {
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
        boolean address = "value".equals(name) && "outputLink".equals(local);
        if (SHOWN.contains(name) && !address && wordy(attribute.getValue())) {
          found.add(page + ": <" + element.getTagName() + " " + name + "=\"" + attribute.getValue() + "\">");
        }
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.ELEMENT_NODE) {
        walk((Element) child, page, found);
      } else if ((child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE)
          && wordy(child.getNodeValue())) {
        found.add(page + ": <" + element.getTagName() + "> " + child.getNodeValue().strip());
      }
    }
  }

  private static Document parse(Path page) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    var builder = factory.newDocumentBuilder();
    builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    return builder.parse(page.toFile());
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
