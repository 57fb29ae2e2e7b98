package dev.courier.probe;

import dev.courier.dispatch.DispatchOptions;
import dev.courier.dispatch.DispatchReceipt;
import dev.courier.dispatch.MessageBus;
import dev.courier.failure.FailureRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Sends probes and reads back what became of them. */
@ApplicationScoped
public class ProbeService {

  @Inject MessageBus bus;
  @Inject ProbeStore store;
  @Inject FailureRecorder failures;

  /**
   * The probe row is committed before the message can be delivered: the send waits for this
   * transaction, the row has its own.
   */
  @Transactional
  public DispatchReceipt send(ProbeMessage probe, String transport) {
    DispatchReceipt receipt = bus.dispatch(probe, DispatchOptions.none().toTransport(transport));
    store.create(receipt.id(), receipt.transport(), Instant.ofEpochMilli(receipt.dispatchedAt()));
    return receipt;
  }

  public Optional<Probe> find(String id) {
    return store.find(id);
  }

  /** Handled, failed (its message is in the failure store) or still pending. */
  public ProbeStatus status(Probe probe) {
    if (probe.handled()) {
      return ProbeStatus.HANDLED;
    }
    return failures.holds(probe.id()) ? ProbeStatus.FAILED : ProbeStatus.PENDING;
  }
}
