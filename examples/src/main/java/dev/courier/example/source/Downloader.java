package dev.courier.example.source;

import dev.courier.handler.RecoverableMessageException;
import dev.courier.handler.UnrecoverableMessageException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches one URL for the download stage: checked by the {@link HostPolicy} before each request
 * (redirects are followed by hand, at most {@value #MAX_REDIRECTS}, each checked again), within a
 * timeout and a size limit, and only with a content type. A refused URL, a body over the limit or a
 * missing content type fails for good; an error status or a network failure is retried.
 */
final class Downloader {

  static final int MAX_REDIRECTS = 3;

  /** What was fetched; {@code contentType} without its parameters, in lower case. */
  record Download(byte[] body, String contentType, String name) {}

  private final HostPolicy policy;
  private final long maxBytes;
  private final Duration timeout;
  private final HttpClient http;

  Downloader(HostPolicy policy, long maxBytes, Duration timeout) {
    this.policy = policy;
    this.maxBytes = maxBytes;
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  Download fetch(URI url) throws InterruptedException {
    URI current = url;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      try {
        policy.check(current);
      } catch (RefusedUrlException e) {
        throw new UnrecoverableMessageException("refused " + current + ": " + e.getMessage());
      }
      HttpResponse<InputStream> response = send(current);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
        close(response);
        current = current.resolve(response.headers().firstValue("Location").get());
        continue;
      }
      if (status != 200) {
        close(response);
        throw new RecoverableMessageException("GET " + current + " answered " + status);
      }
      String contentType =
          response
              .headers()
              .firstValue("Content-Type")
              .map(type -> type.split(";")[0].trim().toLowerCase(Locale.ROOT))
              .filter(type -> !type.isEmpty())
              .orElseThrow(
                  () ->
                      new UnrecoverableMessageException(
                          "GET " + url + " answered without a content type"));
      return new Download(read(response, current), contentType, nameOf(current));
    }
    throw new UnrecoverableMessageException(
        "GET " + url + " redirected more than " + MAX_REDIRECTS + " times");
  }

  private HttpResponse<InputStream> send(URI url) throws InterruptedException {
    try {
      return http.send(
          HttpRequest.newBuilder(url).timeout(timeout).GET().build(),
          HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new RecoverableMessageException("GET " + url + " failed: " + e, e);
    }
  }

  private byte[] read(HttpResponse<InputStream> response, URI url) {
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > maxBytes) {
      close(response);
      throw tooLarge(url);
    }
    try (InputStream in = response.body()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int read;
      while ((read = in.read(buffer)) >= 0) {
        out.write(buffer, 0, read);
        if (out.size() > maxBytes) {
          throw tooLarge(url);
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new RecoverableMessageException("reading " + url + " failed: " + e, e);
    }
  }

  private UnrecoverableMessageException tooLarge(URI url) {
    return new UnrecoverableMessageException(
        url + " is larger than " + maxBytes + " bytes (courier.example.source.max-bytes)");
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException e) {
      // nothing more to read from it
    }
  }

  private static String nameOf(URI url) {
    String path = url.getPath() == null ? "" : url.getPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.isEmpty() ? url.getHost() : last;
  }
}
