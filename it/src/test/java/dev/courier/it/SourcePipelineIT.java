package dev.courier.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import dev.courier.it.app.TestApp;
import dev.courier.it.support.Api;
import dev.courier.it.support.Transports;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The example pipeline {@code source} on real inputs: an HTML page and a PDF served by a local HTTP
 * server, inline HTML, a missing page, a private address, an unsupported type; the notification
 * arrives at a real SMTP server (GreenMail).
 */
@ExtendWith(ArquillianExtension.class)
class SourcePipelineIT {

  /** 450 characters of body text: chunks of 100 sharing 10 start at 0, 90, 180, 270, 360. */
  private static final String BODY = "word ".repeat(89) + "word";

  private static final int EXPECTED_CHUNKS = 5;
  private static HttpServer web;
  private static GreenMail smtp;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestApp.withTestHandlers()
        .withSourceExample()
        .config("courier.example.source.allowed-hosts=127.0.0.1")
        .config("courier.example.source.notify=ops@example.com")
        .config("courier.example.source.chunk-size=100")
        .config("courier.example.source.chunk-overlap=10")
        .config("courier.transport.source_download.retry.delay=100")
        .config("courier.transport.source_download.retry.multiplier=1")
        .build();
  }

  @BeforeAll
  static void startServers() throws IOException {
    smtp =
        new GreenMail(
            new ServerSetup(Integer.getInteger("courier.it.smtp-port"), "127.0.0.1", "smtp"));
    smtp.start();
    web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    serve(
        "/page.html",
        "text/html; charset=utf-8",
        ("<html><head><title>A page</title><meta name=\"author\" content=\"Ada\"></head>"
                + "<body><p>"
                + BODY
                + "</p></body></html>")
            .getBytes(StandardCharsets.UTF_8));
    serve("/paper.pdf", "application/pdf", pdf());
    serve("/archive.zip", "application/zip", new byte[] {0x50, 0x4b, 0x03, 0x04});
    web.createContext(
        "/missing",
        exchange -> {
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    web.start();
  }

  @AfterAll
  static void stopServers() {
    web.stop(0);
    smtp.stop();
  }

  private static void serve(String path, String contentType, byte[] body) {
    web.createContext(
        path,
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", contentType);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
  }

  private static byte[] pdf() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle("A paper");
      document.setDocumentInformation(info);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText("Pipelines move documents through stages.");
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + web.getAddress().getPort() + path;
  }

  private static String start(JsonObject input) {
    Api.Answer answer = Api.post("pipelines/source/runs", input);
    assertEquals(202, answer.status(), answer.body());
    return answer.json().getString("runId");
  }

  private static JsonObject awaitEnd(String runId) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              String status = Api.get("pipelines/runs/" + runId).json().getString("status");
              return status.equals("done") || status.equals("failed");
            });
    return Api.get("pipelines/runs/" + runId).json();
  }

  private static JsonObject stage(JsonObject run, String name) {
    return run.getJsonArray("stages").getValuesAs(JsonObject.class).stream()
        .filter(stage -> stage.getString("name").equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject document(String runId) {
    Api.Answer answer = Api.get("documents/" + runId);
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  @Test
  void anHtmlPageBecomesADocumentOfChunksAndTheEndIsMailed() throws Exception {
    String runId = start(Json.createObjectBuilder().add("url", url("/page.html")).build());
    JsonObject run = awaitEnd(runId);

    assertEquals("done", run.getString("status"), run.toString());
    assertEquals(EXPECTED_CHUNKS, stage(run, "source_make_document_chunks").getInt("itemsDone"));
    assertEquals(1, stage(run, "source_complete_document").getInt("itemsDone"));
    JsonObject document = document(runId);
    assertEquals("A page", document.getString("title"));
    assertEquals("text/html", document.getString("contentType"));
    assertEquals(EXPECTED_CHUNKS, document.getInt("chunks"));
    assertTrue(document.getBoolean("complete"));
    assertEquals(BODY, document.getString("text"));
    assertMailed(runId, "done");
    JsonObject updates = Transports.of("source_status_live_updates");
    assertTrue(updates.getJsonNumber("messagesAdded").longValue() > 0, updates.toString());
    assertEquals(60_000, updates.getInt("ttlMs"));
    assertEquals(2, updates.getJsonObject("retry").getInt("max"));
  }

  @Test
  void aPdfBecomesADocument() {
    String runId = start(Json.createObjectBuilder().add("url", url("/paper.pdf")).build());
    JsonObject run = awaitEnd(runId);

    assertEquals("done", run.getString("status"), run.toString());
    JsonObject document = document(runId);
    assertEquals("A paper", document.getString("title"));
    assertEquals("application/pdf", document.getString("contentType"));
    assertTrue(
        document.getString("text").contains("Pipelines move documents through stages."),
        document.toString());
    assertEquals(1, document.getInt("chunks"));
  }

  @Test
  void inlineHtmlNeedsNoDownload() {
    String runId =
        start(
            Json.createObjectBuilder()
                .add("content", "<html><head><title>Inline</title></head><body>Hello</body></html>")
                .add("contentType", "text/html")
                .add("name", "hello.html")
                .build());

    assertEquals("done", awaitEnd(runId).getString("status"));
    assertEquals("Inline", document(runId).getString("title"));
    assertEquals("Hello", document(runId).getString("text"));
  }

  @Test
  void aMissingPageFailsAtTheDownloadAfterItsRetries() throws Exception {
    String runId = start(Json.createObjectBuilder().add("url", url("/missing")).build());
    JsonObject run = awaitEnd(runId);

    assertEquals("failed", run.getString("status"), run.toString());
    JsonObject download = stage(run, "source_download");
    assertEquals("failed", download.getString("status"));
    assertEquals(4, download.getInt("attempts"), "the first attempt and three retries");
    assertTrue(download.getString("error").contains("answered 404"), download.toString());
    assertMailed(runId, "failed");
  }

  @Test
  void aPrivateAddressIsRefusedAtOnce() {
    String runId =
        start(Json.createObjectBuilder().add("url", "http://169.254.169.254/latest/").build());
    JsonObject run = awaitEnd(runId);

    JsonObject download = stage(run, "source_download");
    assertEquals("failed", download.getString("status"), run.toString());
    assertEquals(1, download.getInt("attempts"), "refused, not retried");
    assertTrue(download.getString("error").contains("internal address"), download.toString());
  }

  @Test
  void anUnsupportedTypeFailsAtExtraction() {
    String runId = start(Json.createObjectBuilder().add("url", url("/archive.zip")).build());
    JsonObject run = awaitEnd(runId);

    JsonObject extract = stage(run, "source_extract");
    assertEquals("failed", extract.getString("status"), run.toString());
    assertEquals(1, extract.getInt("attempts"));
    assertTrue(extract.getString("error").contains("application/zip"), extract.toString());
  }

  @Test
  void badInputsAreProblemsAndStartNothing() {
    for (Map.Entry<String, String> bad :
        Map.of(
                "{}", "input.oneSource",
                "{\"url\":\"ftp://example.com/x\"}", "input.url",
                "{\"content\":\"x\"}", "input.oneSource",
                "{\"url\":\"http://a/\",\"content\":\"x\",\"contentType\":\"text/plain\"}",
                    "input.oneSource",
                "{\"content\":\"x\",\"contentType\":\"plain\"}", "input.contentType")
            .entrySet()) {
      Api.Answer answer = Api.post("pipelines/source/runs", bad.getKey());
      assertEquals(400, answer.status(), bad.getKey() + " → " + answer.body());
      assertTrue(answer.body().contains(bad.getValue()), bad.getKey() + " → " + answer.body());
    }
    assertEquals(404, Api.get("documents/" + java.util.UUID.randomUUID()).status());
  }

  @Test
  void theDocumentEndpointAsksForACourierRole() {
    String path = "documents/" + java.util.UUID.randomUUID();
    assertEquals(401, Api.get(Api.User.ANONYMOUS, path).status());
    assertEquals(403, Api.get(Api.User.OUTSIDER, path).status());
    assertEquals(404, Api.get(Api.User.DISPATCHER, path).status());
    assertEquals(404, Api.get("documents/not%20an%20id").status());
  }

  @Test
  void theDocumentEndpointIsInTheOpenApiDocument() {
    Api.Answer document = Api.get(Api.User.ANONYMOUS, "/openapi?format=JSON");
    assertEquals(200, document.status());
    assertTrue(document.body().contains("\"/courier/api/documents/{runId}\""), "not documented");
  }

  private static void assertMailed(String runId, String status) throws Exception {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Arrays.stream(smtp.getReceivedMessages())
                    .anyMatch(message -> subject(message).contains(runId)));
    MimeMessage mail =
        Arrays.stream(smtp.getReceivedMessages())
            .filter(message -> subject(message).contains(runId))
            .findFirst()
            .orElseThrow();
    assertEquals("Courier: source run " + runId + " " + status, mail.getSubject());
    assertEquals("ops@example.com", mail.getAllRecipients()[0].toString());
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
