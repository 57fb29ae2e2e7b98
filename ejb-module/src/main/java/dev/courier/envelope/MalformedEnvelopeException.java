package dev.courier.envelope;

/**
 * A message on a Courier queue that is not a Courier envelope (e.g. from a hand-written client).
 */
public class MalformedEnvelopeException extends Exception {

  public MalformedEnvelopeException(String reason) {
    super(reason);
  }
}
