package dev.courier.reliability;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Every probe the server accepted (answered 202 for), with what it asked of its handler. */
final class Ledger {

  private final Map<String, ProbeKind> accepted = new ConcurrentHashMap<>();

  void accepted(String id, ProbeKind kind) {
    accepted.put(id, kind);
  }

  int size() {
    return accepted.size();
  }

  Map<String, ProbeKind> entries() {
    return Map.copyOf(accepted);
  }
}
