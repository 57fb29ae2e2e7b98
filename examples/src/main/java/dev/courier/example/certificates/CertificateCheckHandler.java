package dev.courier.example.certificates;

import dev.courier.example.certificates.CertificateRecords.CertificateRecord;
import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import dev.courier.handler.RecoverableMessageException;
import dev.courier.schedule.ScheduleRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks each endpoint of {@code courier.example.certificates.hosts}: records the expiry of the
 * certificate it presents, and fails (recoverably, so the transport's retries try again and the
 * failure store keeps it) when one expires within {@code courier.example.certificates.warn-days}
 * days (default 14) or an endpoint cannot be reached.
 */
@ApplicationScoped
public class CertificateCheckHandler implements MessageHandler<CheckCertificates> {

  private static final Logger LOG = Logger.getLogger(CertificateCheckHandler.class.getName());

  @Inject
  @ConfigProperty(name = "courier.example.certificates.hosts", defaultValue = " ")
  String hosts;

  @Inject
  @ConfigProperty(name = "courier.example.certificates.warn-days", defaultValue = "14")
  int warnDays;

  @Inject
  @ConfigProperty(name = "courier.example.certificates.timeout-ms", defaultValue = "5000")
  int timeoutMs;

  @Inject CertificateRecords records;
  @Inject ScheduleRuns runs;

  @Override
  public void handle(CheckCertificates message, MessageContext context) {
    CertificateFetcher fetcher = new CertificateFetcher(timeoutMs);
    Instant warnBefore = Instant.now().plus(Duration.ofDays(warnDays));
    List<String> problems = new ArrayList<>();
    List<HostPort> endpoints = HostPort.parseList(hosts);
    for (HostPort endpoint : endpoints) {
      Instant now = Instant.now();
      try {
        X509Certificate certificate = fetcher.fetch(endpoint);
        Instant notAfter = certificate.getNotAfter().toInstant();
        records.save(
            new CertificateRecord(
                endpoint.toString(),
                certificate.getSubjectX500Principal().getName(),
                notAfter,
                now,
                null));
        if (notAfter.isBefore(warnBefore)) {
          problems.add(endpoint + " expires at " + notAfter);
        }
      } catch (IOException e) {
        records.save(new CertificateRecord(endpoint.toString(), null, null, now, e.toString()));
        problems.add(endpoint + " could not be checked: " + e.getMessage());
      }
    }
    String report = endpoints.size() + " endpoints checked; " + problems.size() + " problems";
    LOG.info(() -> "Courier example: " + report + (problems.isEmpty() ? "" : ": " + problems));
    if (!problems.isEmpty()) {
      throw new RecoverableMessageException(
          "within " + warnDays + " days or unchecked: " + String.join("; ", problems));
    }
    runs.report(context, report);
  }
}
