package dev.courier.example.source;

import dev.courier.handler.UnrecoverableMessageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Title, metadata and text of an original by its content type: HTML through jsoup, PDF through
 * PDFBox, plain text as it is. Audio and video have no text yet ({@link
 * Extracted#needsTranscript}); anything else fails for good.
 */
final class TextExtractor {

  /** What was found; {@code text} is null when only a transcript can give it. */
  record Extracted(String title, Map<String, String> metadata, String text) {
    boolean needsTranscript() {
      return text == null;
    }
  }

  private TextExtractor() {}

  static Extracted extract(byte[] original, String contentType, String name) {
    if (contentType.equals("text/html") || contentType.equals("application/xhtml+xml")) {
      return html(original, name);
    }
    if (contentType.equals("application/pdf")) {
      return pdf(original, name);
    }
    if (contentType.equals("text/plain") || contentType.equals("text/markdown")) {
      return new Extracted(name, Map.of(), new String(original, StandardCharsets.UTF_8));
    }
    if (isMedia(contentType)) {
      return new Extracted(name, Map.of(), null);
    }
    throw new UnrecoverableMessageException(
        "content type "
            + contentType
            + " is not supported; supported: text/html, application/pdf, text/plain, audio/*,"
            + " video/*");
  }

  static boolean isMedia(String contentType) {
    return contentType.startsWith("audio/") || contentType.startsWith("video/");
  }

  private static Extracted html(byte[] original, String name) {
    Document page = Jsoup.parse(new String(original, StandardCharsets.UTF_8));
    Map<String, String> metadata = new LinkedHashMap<>();
    for (String key : new String[] {"description", "author", "keywords"}) {
      String value = page.select("meta[name=" + key + "]").attr("content");
      if (!value.isBlank()) {
        metadata.put(key, value);
      }
    }
    String title = page.title().isBlank() ? name : page.title();
    return new Extracted(title, metadata, page.body() == null ? "" : page.body().text());
  }

  private static Extracted pdf(byte[] original, String name) {
    try (PDDocument document = Loader.loadPDF(original)) {
      PDDocumentInformation info = document.getDocumentInformation();
      Map<String, String> metadata = new LinkedHashMap<>();
      putIfPresent(metadata, "author", info.getAuthor());
      putIfPresent(metadata, "subject", info.getSubject());
      putIfPresent(metadata, "pages", Integer.toString(document.getNumberOfPages()));
      String title = info.getTitle() == null || info.getTitle().isBlank() ? name : info.getTitle();
      return new Extracted(title, metadata, new PDFTextStripper().getText(document).strip());
    } catch (IOException e) {
      throw new UnrecoverableMessageException("not a readable PDF: " + e.getMessage(), e);
    }
  }

  private static void putIfPresent(Map<String, String> metadata, String key, String value) {
    if (value != null && !value.isBlank()) {
      metadata.put(key, value);
    }
  }
}
