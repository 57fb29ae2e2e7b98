package dev.courier.failure;

import dev.courier.dispatch.QueueSender;
import dev.courier.envelope.EnvelopeProperties;
import dev.courier.pipeline.RunTracker;
import dev.courier.transport.Transport;
import dev.courier.transport.TransportRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends failed messages back to the transport they came from, with attempt 0, and removes them from
 * the store in the same transaction.
 */
@ApplicationScoped
public class FailureRedrive {

  @Inject FailureStore store;
  @Inject QueueSender sender;
  @Inject TransportRegistry transports;
  @Inject RunTracker runs;

  /** The transport a record came from no longer exists. */
  public static class OriginGoneException extends RuntimeException {
    public OriginGoneException(String message) {
      super(message);
    }
  }

  @Transactional
  public boolean retry(String id) {
    return store.find(id).map(this::retry).orElse(false);
  }

  /** One chunk of a bulk retry, committed on its own; returns how many were sent again. */
  @Transactional(TxType.REQUIRES_NEW)
  public int retryChunk(List<String> ids) {
    int retried = 0;
    for (String id : ids) {
      if (store
          .find(id)
          .filter(f -> transports.find(f.transport()).isPresent())
          .map(this::retry)
          .orElse(false)) {
        retried++;
      }
    }
    return retried;
  }

  private boolean retry(FailedMessage failed) {
    Transport transport =
        transports
            .find(failed.transport())
            .orElseThrow(
                () ->
                    new OriginGoneException(
                        "transport '"
                            + failed.transport()
                            + "' of failed message "
                            + failed.id()
                            + " no longer exists"));
    Map<String, Object> properties = PropertiesJson.read(failed.properties());
    properties.put(EnvelopeProperties.ATTEMPT, 0);
    properties.put(EnvelopeProperties.ORIGIN, transport.name());
    sender.sendRaw(transport, failed.payload(), properties, 0);
    runs.redriven(
            Optional.ofNullable(properties.get(EnvelopeProperties.RUN_ID)).map(String::valueOf),
            transport.name())
        .forEach(sender::send);
    return store.remove(failed);
  }
}
