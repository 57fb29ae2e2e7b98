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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Real HTTP calls to the test server (its port offset applied), as the test admin unless another
 * user is named.
 */
public final class Api {

  /** The test server's users (it module's pom adds them). */
  public enum User {
    ADMIN("it-admin", ""),
    DISPATCHER("it-dispatcher", ""),
    OUTSIDER("it-outsider", ""),
    /** The admin's name with a wrong password. */
    IMPOSTOR("it-admin", "-wrong"),
    ANONYMOUS(null, "");

    private final String name;
    private final String passwordSuffix;

    User(String name, String passwordSuffix) {
      this.name = name;
      this.passwordSuffix = passwordSuffix;
    }

    /** The user's name; null for the anonymous caller. */
    public String userName() {
      return name;
    }

    void authenticate(HttpRequest.Builder request) {
      if (name != null) {
        String credentials =
            name + ":" + System.getProperty("courier.it.password") + passwordSuffix;
        request.header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
      }
    }
  }

  /** The test server's HTTP address. */
  public static final String SERVER =
      "http://127.0.0.1:" + (8080 + Integer.getInteger("courier.it.port-offset", 100));

  /** The API; paths are relative to it unless they start with {@code /}. */
  public static final String BASE = SERVER + "/courier/api/";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Api() {}

  /** An answer: status, content type, authentication challenge, the answering node and body. */
  public record Answer(int status, String contentType, String challenge, String node, String body) {

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
    return post(User.ADMIN, path, body, contentType);
  }

  public static Answer post(User user, String path, String body, String contentType) {
    return send(
        user,
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public static Answer get(String path) {
    return get(User.ADMIN, path);
  }

  public static Answer get(User user, String path) {
    return send(user, HttpRequest.newBuilder(uri(path)).GET());
  }

  public static Answer delete(String path) {
    return send(User.ADMIN, HttpRequest.newBuilder(uri(path)).DELETE());
  }

  /** Any method, any body (null for none), any headers. */
  public static Answer request(
      User user, String method, String path, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(user, request);
  }

  /** A GET with {@code count} extra headers of {@code length} characters each. */
  public static Answer withHeaders(User user, String path, int count, int length) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    for (int i = 0; i < count; i++) {
      request.header("X-Courier-Test-" + i, "v".repeat(length));
    }
    return send(user, request);
  }

  private static URI uri(String path) {
    return URI.create(path.startsWith("/") ? SERVER + path : BASE + path);
  }

  private static Answer send(User user, HttpRequest.Builder request) {
    user.authenticate(request);
    try {
      HttpResponse<String> response =
          CLIENT.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("WWW-Authenticate").orElse(""),
          response.headers().firstValue("Courier-Node").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
