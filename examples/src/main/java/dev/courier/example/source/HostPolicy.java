package dev.courier.example.source;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Which URLs a download may fetch: http and https only, and no host that resolves to a loopback,
 * link-local, private, unique-local, multicast or unspecified address unless it is listed as
 * allowed — a server that fetches what its users name must not become their way into the network
 * behind it (server-side request forgery).
 */
final class HostPolicy {

  private final List<String> allowed;

  HostPolicy(List<String> allowed) {
    this.allowed = allowed.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
  }

  /** Throws {@link RefusedUrlException} saying why the URL may not be fetched. */
  void check(URI url) throws RefusedUrlException {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new RefusedUrlException("only http and https URLs are fetched, not '" + scheme + "'");
    }
    String host = url.getHost();
    if (host == null || host.isEmpty()) {
      throw new RefusedUrlException("the URL names no host");
    }
    if (allowed.contains(host.toLowerCase(Locale.ROOT))) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new RefusedUrlException("host " + host + " is unknown");
    }
    for (InetAddress address : addresses) {
      if (isInternal(address)) {
        throw new RefusedUrlException(
            "host "
                + host
                + " resolves to "
                + address.getHostAddress()
                + ", an internal address; list it in courier.example.source.allowed-hosts to"
                + " allow it");
      }
    }
  }

  static boolean isInternal(InetAddress address) {
    return address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()
        || (address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc);
  }
}
