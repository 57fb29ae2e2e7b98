package dev.courier.example.certificates;

import dev.courier.handler.MessageType;
import dev.courier.schedule.ScheduledMessage;

/**
 * Asks for a check of the TLS certificates of {@code courier.example.certificates.hosts}; an
 * application schedule, daily at 05:00 ({@code courier.schedule.certificate-check.*} overrides it).
 */
@MessageType(CheckCertificates.TYPE)
@ScheduledMessage(name = "certificate-check", expression = "0 0 5 * * *", transport = "low")
public record CheckCertificates(String requestedBy) {

  public static final String TYPE = "example.check-certificates";
}
