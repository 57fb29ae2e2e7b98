package dev.courier.example.certificates;

import java.util.Arrays;
import java.util.List;

/** An endpoint to check: {@code host:port}, or {@code host} for port 443. */
record HostPort(String host, int port) {

  static HostPort parse(String text) {
    String value = text.trim();
    int colon = value.lastIndexOf(':');
    if (colon < 0) {
      return new HostPort(value, 443);
    }
    try {
      int port = Integer.parseInt(value.substring(colon + 1));
      if (port < 1 || port > 65_535 || colon == 0) {
        throw new NumberFormatException();
      }
      return new HostPort(value.substring(0, colon), port);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "courier.example.certificates.hosts: '" + text + "' is not host or host:port");
    }
  }

  /** A comma-separated list; blank entries are ignored. */
  static List<HostPort> parseList(String text) {
    return Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(HostPort::parse).toList();
  }

  @Override
  public String toString() {
    return host + ":" + port;
  }
}
