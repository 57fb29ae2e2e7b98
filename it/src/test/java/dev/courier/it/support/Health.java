package dev.courier.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** The test server's MicroProfile Health endpoints, on its management interface. */
public final class Health {

  private static final String BASE =
      "http://127.0.0.1:" + (9990 + Integer.getInteger("courier.it.port-offset", 100)) + "/health/";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Health() {}

  /** A health answer: its HTTP status and the report. */
  public record Report(int status, JsonObject body) {

    public String outcome() {
      return body.getString("status");
    }

    /** The check of this name, if the report has it. */
    public Optional<JsonObject> check(String name) {
      return body.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
          .filter(check -> check.getString("name").equals(name))
          .findFirst();
    }
  }

  public static Report ready() {
    return get("ready");
  }

  public static Report live() {
    return get("live");
  }

  private static Report get(String which) {
    try {
      HttpResponse<String> response =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(BASE + which))
                  .timeout(Duration.ofSeconds(30))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new Report(
          response.statusCode(), Json.createReader(new StringReader(response.body())).readObject());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
