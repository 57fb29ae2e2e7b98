package dev.courier.example.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.handler.UnrecoverableMessageException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextExtractorTest {

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void htmlGivesItsTitleMetadataAndBodyText() {
    TextExtractor.Extracted page =
        TextExtractor.extract(
            bytes(
                "<html><head><title>T</title><meta name=\"author\" content=\"Ada\">"
                    + "<script>var x;</script></head><body><h1>Head</h1><p>Body  text</p></body>"
                    + "</html>"),
            "text/html",
            "p.html");

    assertEquals("T", page.title());
    assertEquals(Map.of("author", "Ada"), page.metadata());
    assertEquals("Head Body text", page.text());
  }

  @Test
  void plainTextIsKeptAsItIs() {
    assertEquals("a\nb", TextExtractor.extract(bytes("a\nb"), "text/plain", "n.txt").text());
  }

  @Test
  void audioWaitsForATranscript() {
    assertTrue(TextExtractor.extract(new byte[1], "audio/mpeg", "a.mp3").needsTranscript());
  }

  @Test
  void anythingElseFailsForGoodNamingTheType() {
    UnrecoverableMessageException refused =
        assertThrows(
            UnrecoverableMessageException.class,
            () -> TextExtractor.extract(new byte[1], "application/zip", "a.zip"));
    assertTrue(refused.getMessage().contains("application/zip"));
  }

  @Test
  void aBrokenPdfFailsForGood() {
    assertThrows(
        UnrecoverableMessageException.class,
        () -> TextExtractor.extract(bytes("not a pdf"), "application/pdf", "x.pdf"));
  }
}
