package dev.courier.example.certificates;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Reads the certificate an HTTPS endpoint presents, by a TLS handshake and nothing more (no request
 * is sent). The handshake accepts any certificate on purpose: the check reports when a certificate
 * expires, including one the server's trust store would refuse; it never trusts the endpoint with
 * data.
 */
final class CertificateFetcher {

  private static final TrustManager ACCEPT_TO_INSPECT =
      new X509TrustManager() {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
          return new X509Certificate[0];
        }
      };

  private final int timeoutMs;

  CertificateFetcher(int timeoutMs) {
    this.timeoutMs = timeoutMs;
  }

  X509Certificate fetch(HostPort endpoint) throws IOException {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {ACCEPT_TO_INSPECT}, null);
      try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
        socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), timeoutMs);
        socket.setSoTimeout(timeoutMs);
        if (!endpoint.host().matches("[0-9.:]+")) {
          SSLParameters parameters = socket.getSSLParameters();
          parameters.setServerNames(List.of(new SNIHostName(endpoint.host())));
          socket.setSSLParameters(parameters);
        }
        socket.startHandshake();
        return (X509Certificate) socket.getSession().getPeerCertificates()[0];
      }
    } catch (GeneralSecurityException e) {
      throw new IOException("no TLS handshake with " + endpoint + ": " + e.getMessage(), e);
    }
  }
}
