package org.referralnetwork.portal.referral.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentRulesTest {

  private static final byte[] PDF = "%PDF-1.4\n%test".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aPdfIsAcceptedWithItsType() {
    assertEquals(Optional.of("application/pdf"), DocumentRules.accept("Report.PDF", PDF));
  }

  @Test
  void aFileWhoseContentDoesNotMatchItsNameIsRefused() {
    assertTrue(DocumentRules.accept("invoice.pdf", "MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1)).isEmpty());
    assertTrue(DocumentRules.accept("photo.png", PDF).isEmpty());
  }

  @Test
  void programsUnknownFormatsEmptyAndOversizedFilesAreRefused() {
    assertTrue(DocumentRules.accept("run.exe", PDF).isEmpty());
    assertTrue(DocumentRules.accept("no-extension", PDF).isEmpty());
    assertTrue(DocumentRules.accept("empty.pdf", new byte[0]).isEmpty());
    byte[] huge = new byte[DocumentRules.MAX_BYTES + 1];
    System.arraycopy(PDF, 0, huge, 0, PDF.length);
    assertTrue(DocumentRules.accept("huge.pdf", huge).isEmpty());
  }

  @Test
  void textIsTextAndPicturesArePictures() {
    assertEquals(Optional.of("text/plain"), DocumentRules.accept("notes.txt", "Threats since May.".getBytes(StandardCharsets.UTF_8)));
    assertTrue(DocumentRules.accept("notes.txt", new byte[] {65, 0, 66}).isEmpty());
    assertEquals(Optional.of("image/jpeg"), DocumentRules.accept("x.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1}));
  }

  @Test
  void aFileNameLosesItsPathAndControlCharacters() {
    assertEquals("evil.pdf", DocumentRules.cleanName("C:\\Users\\x\\..\\evil.pdf"));
    assertEquals("a b.pdf", DocumentRules.cleanName("../../a b.pdf\r\n"));
    assertEquals("report.pdf", DocumentRules.cleanName("report\".pdf"));
  }
}
