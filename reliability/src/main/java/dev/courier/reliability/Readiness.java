package dev.courier.reliability;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;

/** Reads one check's status out of a readiness answer ({@link WildFlyServer#readiness()}). */
final class Readiness {

  private Readiness() {}

  /** UP or DOWN, for the named check; empty when the answer does not hold it. */
  static Optional<String> status(String answer, String check) {
    int body = answer.indexOf('{');
    if (body < 0) {
      return Optional.empty();
    }
    try (var reader = Json.createReader(new StringReader(answer.substring(body)))) {
      return reader.readObject().getJsonArray("checks").stream()
          .map(JsonValue::asJsonObject)
          .filter(entry -> check.equals(entry.getString("name", "")))
          .map(entry -> entry.getString("status", ""))
          .findFirst();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
