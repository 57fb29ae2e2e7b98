package dev.courier.bench.driver;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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

/** HTTP calls to Courier's API on the server under test, as an admin. */
public final class BenchClient {

  private final String api;
  private final String authorization;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /**
   * @param api e.g. {@code http://127.0.0.1:8180/courier/api/}
   */
  public BenchClient(String api, String user, String password) {
    this.api = api;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public JsonObject get(String path) {
    return json(send(request(path).GET(), Duration.ofSeconds(60)), path);
  }

  /** A POST that may run long (a whole benchmark run happens inside it). */
  public JsonObject post(String path, String body, Duration timeout) {
    return json(
        send(
            request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)),
            timeout),
        path);
  }

  /** The status of a POST, for load runs that only count answers. */
  public int postStatus(String path, String body) {
    return send(
            request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)),
            Duration.ofSeconds(60))
        .statusCode();
  }

  /** The full address of an API path. */
  public String url(String path) {
    return api + path;
  }

  /** The value of the Authorization header these calls send. */
  public String authorization() {
    return authorization;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", authorization);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, Duration timeout) {
    try {
      return http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject json(HttpResponse<String> response, String path) {
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          path + " answered " + response.statusCode() + ": " + response.body());
    }
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
