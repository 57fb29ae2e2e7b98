package dev.courier.web.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the HTTP API accepts at most; every limit is a config key. */
@ApplicationScoped
public class RequestLimits {

  @Inject
  @ConfigProperty(name = "courier.limits.payload-bytes", defaultValue = "262144")
  int payloadBytes;

  @Inject
  @ConfigProperty(name = "courier.limits.request-bytes", defaultValue = "8388608")
  int requestBytes;

  @Inject
  @ConfigProperty(name = "courier.limits.batch-size", defaultValue = "1000")
  int batchSize;

  @Inject
  @ConfigProperty(name = "courier.limits.json-depth", defaultValue = "32")
  int jsonDepth;

  @Inject
  @ConfigProperty(name = "courier.limits.text-length", defaultValue = "200")
  int textLength;

  @Inject
  @ConfigProperty(name = "courier.limits.header-count", defaultValue = "64")
  int headerCount;

  @Inject
  @ConfigProperty(name = "courier.limits.header-length", defaultValue = "8192")
  int headerLength;

  @Inject
  @ConfigProperty(name = "courier.limits.page-size", defaultValue = "500")
  int pageSize;

  /** Limits of a unit test, without a container. */
  public static RequestLimits of(int payloadBytes, int batchSize, int jsonDepth, int textLength) {
    RequestLimits limits = new RequestLimits();
    limits.payloadBytes = payloadBytes;
    limits.requestBytes = Integer.MAX_VALUE;
    limits.batchSize = batchSize;
    limits.jsonDepth = jsonDepth;
    limits.textLength = textLength;
    limits.headerCount = Integer.MAX_VALUE;
    limits.headerLength = Integer.MAX_VALUE;
    limits.pageSize = Integer.MAX_VALUE;
    return limits;
  }

  public int payloadBytes() {
    return payloadBytes;
  }

  public int requestBytes() {
    return requestBytes;
  }

  public int batchSize() {
    return batchSize;
  }

  public int jsonDepth() {
    return jsonDepth;
  }

  public int textLength() {
    return textLength;
  }

  public int headerCount() {
    return headerCount;
  }

  public int headerLength() {
    return headerLength;
  }

  public int pageSize() {
    return pageSize;
  }
}
