package dev.courier.breaker;

import dev.courier.control.TransportControl;
import dev.courier.transport.Transport;
import dev.courier.transport.TransportRegistry;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The circuit breakers of this node's transports, and what their changes do: an opening breaker
 * pauses its queue at the broker (until the cool-down ends, not persistently), so deliveries stop
 * instead of burning retries; the queue resumes when the cool-down has passed, and the first
 * delivery then is the trial. Deliveries already on their way while the breaker is not closed are
 * put back, uncharged ({@link CircuitBreaker.Admission#DEFER}).
 */
@ApplicationScoped
public class TransportBreakers {

  private static final Logger LOG = Logger.getLogger(TransportBreakers.class.getName());

  @Inject TransportRegistry transports;
  @Inject TransportControl control;

  @Resource ManagedScheduledExecutorService scheduler;

  private final ConcurrentMap<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

  /** Whether a delivery on this transport may be handled now; see {@link #deferMs}. */
  public boolean admits(Transport transport) {
    return !transport.breaker().enabled()
        || breaker(transport).admit() != CircuitBreaker.Admission.DEFER;
  }

  /** How long to put back a delivery the breaker did not admit. */
  public long deferMs(Transport transport) {
    return Math.max(breaker(transport).coolDownLeftMs(), transport.breaker().coolDownMs());
  }

  public void succeeded(Transport transport) {
    if (transport.breaker().enabled()
        && breaker(transport).succeeded() == CircuitBreaker.Change.CLOSED) {
      LOG.info(() -> "Courier: the breaker of transport " + transport.name() + " closed again");
    }
  }

  public void failed(Transport transport) {
    if (transport.breaker().enabled()
        && breaker(transport).failed() == CircuitBreaker.Change.OPENED) {
      open(transport);
    }
  }

  public BreakerState state(Transport transport) {
    return transport.breaker().enabled() ? breaker(transport).state() : BreakerState.CLOSED;
  }

  /** The state of every transport's breaker, by transport name. */
  public Map<String, BreakerState> states() {
    Map<String, BreakerState> states = new java.util.LinkedHashMap<>();
    for (String name : transports.names()) {
      states.put(name, state(transports.find(name).orElseThrow()));
    }
    return states;
  }

  /** An operator paused or resumed the transport: the breaker steps aside. */
  public void reset(Transport transport) {
    breaker(transport).reset();
  }

  private void open(Transport transport) {
    LOG.warning(
        () ->
            "Courier: the breaker of transport "
                + transport.name()
                + " opened after "
                + transport.breaker().failures()
                + " consecutive failures; pausing it for "
                + transport.breaker().coolDownMs()
                + " ms");
    try {
      control.pauseUntilRestart(transport);
      scheduler.schedule(
          () -> endCoolDown(transport), transport.breaker().coolDownMs(), TimeUnit.MILLISECONDS);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "Courier: cannot pause transport " + transport.name());
    }
  }

  private void endCoolDown(Transport transport) {
    if (breaker(transport).state() != BreakerState.CLOSED) {
      try {
        control.resume(transport);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, e, () -> "Courier: cannot resume transport " + transport.name());
      }
    }
  }

  private CircuitBreaker breaker(Transport transport) {
    return breakers.computeIfAbsent(
        transport.name(),
        name -> new CircuitBreaker(transport.breaker(), System::currentTimeMillis));
  }
}
