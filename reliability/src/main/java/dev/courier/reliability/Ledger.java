package dev.courier.reliability;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every probe the server accepted (answered 202 for), with what it asked of its handler and the way
 * it went in (a transport, a pipeline, an event), so that a lost probe can be told apart.
 */
final class Ledger {

  private final Map<String, ProbeKind> accepted = new ConcurrentHashMap<>();
  private final Map<String, String> ways = new ConcurrentHashMap<>();

  void accepted(String id, ProbeKind kind, String way) {
    accepted.put(id, kind);
    ways.put(id, way);
  }

  int size() {
    return accepted.size();
  }

  Map<String, ProbeKind> entries() {
    return Map.copyOf(accepted);
  }

  /** The probe's id with its kind and way in, e.g. {@code 5f0c… (HANDED_ON via batch)}. */
  String describe(String id) {
    return id + " (" + accepted.get(id) + " via " + ways.get(id) + ")";
  }
}
