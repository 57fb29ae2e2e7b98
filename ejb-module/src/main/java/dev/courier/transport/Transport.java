package dev.courier.transport;

/** A named queue with its own consumer pool and retry policy. */
public record Transport(String name, int concurrency, RetryPolicy retry) {

  public Transport {
    if (name == null || !TransportNames.isValidName(name)) {
      throw new IllegalArgumentException("invalid transport name: " + name);
    }
    if (concurrency < 1) {
      throw new IllegalArgumentException(
          "courier.transport." + name + ".concurrency must be >= 1, was " + concurrency);
    }
  }

  /** The broker queue, e.g. {@code courier.high}. */
  public String queueName() {
    return TransportNames.queueName(name);
  }

  /** Where the server binds the queue in JNDI. */
  public String jndiName() {
    return TransportNames.QUEUE_JNDI_PREFIX + name;
  }
}
