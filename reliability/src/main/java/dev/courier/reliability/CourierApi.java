package dev.courier.reliability;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The HTTP API calls the harness makes, as the harness's admin user. */
final class CourierApi {

  /** A probe to send: its transport and what its handler should do. */
  record ProbeOrder(String transport, ProbeKind kind) {}

  /** What the server says about a probe. */
  record ProbeView(String status, int duplicates) {
    boolean handled() {
      return "handled".equals(status);
    }

    boolean failed() {
      return "failed".equals(status);
    }
  }

  private final String base;
  private final String authorization;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  CourierApi(int httpPort, String user, String password) {
    this.base = "http://127.0.0.1:" + httpPort + "/courier/api/";
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** REST dispatch of a batch: the ids of the accepted messages, in order. */
  List<String> dispatchBatch(List<ProbeOrder> orders) throws IOException, InterruptedException {
    JsonArrayBuilder batch = Json.createArrayBuilder();
    for (ProbeOrder order : orders) {
      batch.add(
          Json.createObjectBuilder()
              .add("type", "courier.probe")
              .add("payload", order.kind().payload())
              .add("transport", order.transport()));
    }
    JsonObject answer = post("messages/batch", batch.build().toString(), 202).asJsonObject();
    return answer.getJsonArray("ids").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  /** One probe through the probe API, which dispatches with {@code MessageBus}: its id. */
  String dispatchProbe(ProbeOrder order) throws IOException, InterruptedException {
    JsonObject payload = order.kind().payload();
    String body =
        Json.createObjectBuilder(payload).add("transport", order.transport()).build().toString();
    return post("probes", body, 202).asJsonObject().getString("id");
  }

  /** The probe's state; empty while the server has no trace of it (404). */
  Optional<ProbeView> probe(String id) throws IOException, InterruptedException {
    HttpResponse<String> response = send(request("probes/" + id).GET());
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    JsonObject probe = expect(response, 200).asJsonObject();
    return Optional.of(new ProbeView(probe.getString("status"), probe.getInt("duplicates")));
  }

  /** Starts a run of the probe pipeline: its id. */
  String startProbeRun(JsonObject input) throws IOException, InterruptedException {
    return post("pipelines/courier.probe/runs", input.toString(), 202)
        .asJsonObject()
        .getString("runId");
  }

  /**
   * A probe pipeline run as a probe: {@code done} is handled, {@code failed} failed, and a stage
   * that counted more items done than it was sent counts the extra as duplicates.
   */
  Optional<ProbeView> run(String id) throws IOException, InterruptedException {
    HttpResponse<String> response = send(request("pipelines/runs/" + id).GET());
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    JsonObject run = expect(response, 200).asJsonObject();
    int duplicates = 0;
    StringBuilder stages = new StringBuilder();
    for (JsonObject stage : run.getJsonArray("stages").getValuesAs(JsonObject.class)) {
      duplicates += Math.max(0, stage.getInt("itemsDone") - stage.getInt("itemsTotal"));
      stages.append(
          String.format(
              Locale.ROOT,
              " %s %s %d/%d",
              stage.getString("name"),
              stage.getString("status"),
              stage.getInt("itemsDone"),
              stage.getInt("itemsTotal")));
    }
    // A run still on its way says where, for the report of a lost one.
    String status =
        switch (run.getString("status")) {
          case "done" -> "handled";
          case "failed" -> "failed";
          default -> "pending (" + run.getString("status") + ":" + stages + ")";
        };
    return Optional.of(new ProbeView(status, duplicates));
  }

  /** One server-sent event of a run's live status. */
  record FeedEvent(String name, String data) {}

  /**
   * A run's live status ({@code GET pipelines/runs/<id>/events}) read to its end, which the server
   * marks by closing the stream after the run ended.
   */
  List<FeedEvent> runFeed(String runId) throws IOException, InterruptedException {
    HttpResponse<String> response =
        send(
            request("pipelines/runs/" + runId + "/events")
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "text/event-stream")
                .GET());
    if (response.statusCode() != 200) {
      throw new IOException("the run's feed answered " + response.statusCode());
    }
    List<FeedEvent> events = new java.util.ArrayList<>();
    for (String block : response.body().split("\n\n")) {
      String name = null;
      StringBuilder data = new StringBuilder();
      for (String line : block.split("\n")) {
        if (line.startsWith("event:")) {
          name = line.substring("event:".length()).trim();
        } else if (line.startsWith("data:")) {
          data.append(line.substring("data:".length()).trim());
        }
      }
      if (name != null) {
        events.add(new FeedEvent(name, data.toString()));
      }
    }
    return events;
  }

  /** Publishes a probe event: its id. */
  String publishProbeEvent(JsonObject data) throws IOException, InterruptedException {
    String body =
        Json.createObjectBuilder()
            .add("type", "courier.probe.event")
            .add("data", data)
            .build()
            .toString();
    return post("events", body, 202).asJsonObject().getString("eventId");
  }

  /**
   * A probe event as a probe: handled once every probe group handled it, failed once one of them
   * gave up on it and the others are done with it.
   */
  Optional<ProbeView> event(String id) throws IOException, InterruptedException {
    HttpResponse<String> response = send(request("events/probes/" + id).GET());
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    List<String> statuses =
        expect(response, 200)
            .asJsonObject()
            .getJsonArray("groups")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(group -> group.getString("status"))
            .toList();
    String status =
        statuses.contains("pending")
            ? "pending"
            : statuses.contains("failed") ? "failed" : "handled";
    return Optional.of(new ProbeView(status, 0));
  }

  /** Whether the failure store holds the message (it may never have reached its handler). */
  boolean inFailureStore(String messageId) throws IOException, InterruptedException {
    JsonObject page =
        expect(send(request("failed?size=1&messageId=" + messageId).GET()), 200).asJsonObject();
    return page.getInt("total") > 0;
  }

  /** Every run of a schedule, newest first. */
  List<JsonObject> scheduleRuns(String schedule) throws IOException, InterruptedException {
    List<JsonObject> runs = new java.util.ArrayList<>();
    for (int page = 0; ; page++) {
      List<JsonObject> items =
          expect(send(request("schedules/" + schedule + "/runs?size=500&page=" + page).GET()), 200)
              .asJsonObject()
              .getJsonArray("items")
              .getValuesAs(JsonObject.class);
      runs.addAll(items);
      if (items.size() < 500) {
        return runs;
      }
    }
  }

  void pause(String transport) throws IOException, InterruptedException {
    post("transports/" + transport + "/pause", "", 200);
  }

  void resume(String transport) throws IOException, InterruptedException {
    post("transports/" + transport + "/resume", "", 200);
  }

  /** The transport's figures ({@code messageCount}, {@code scheduledCount}, …). */
  JsonObject transport(String name) throws IOException, InterruptedException {
    return expect(send(request("transports/" + name).GET()), 200).asJsonObject();
  }

  private JsonValue post(String path, String body, int expectedStatus)
      throws IOException, InterruptedException {
    return expect(
        send(
            request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))),
        expectedStatus);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", authorization);
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonValue expect(HttpResponse<String> response, int status) throws IOException {
    if (response.statusCode() != status) {
      throw new IOException(
          response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readValue();
    }
  }
}
