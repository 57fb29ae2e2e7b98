package dev.courier.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Real HTTP calls to the test server (its port offset applied). */
public final class Api {

  public static final String BASE =
      "http://127.0.0.1:"
          + (8080 + Integer.getInteger("courier.it.port-offset", 100))
          + "/courier/api/";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Api() {}

  /** An answer: status, content type and body. */
  public record Answer(int status, String contentType, String body) {

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonValue parse() {
      return Json.createReader(new StringReader(body)).readValue();
    }
  }

  public static Answer post(String path, String body) {
    return post(path, body, "application/json");
  }

  public static Answer post(String path, JsonStructure body) {
    return post(path, body.toString(), "application/json");
  }

  public static Answer post(String path, String body, String contentType) {
    return send(
        HttpRequest.newBuilder(URI.create(BASE + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public static Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET());
  }

  public static Answer delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(BASE + path)).DELETE());
  }

  private static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          CLIENT.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
