package dev.courier.it.app;

import dev.courier.dispatch.DispatchOptions;
import dev.courier.dispatch.MessageBus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Dispatches a list in a transaction of its own that then rolls back. */
@ApplicationScoped
public class RolledBackDispatch {

  /** What the transaction throws after its dispatch, so that it rolls back. */
  public static final class RolledBack extends RuntimeException {
    RolledBack() {
      super("rolled back after dispatching, on purpose");
    }
  }

  @Inject MessageBus bus;

  @Transactional
  public void dispatchAllThenRollBack(List<Object> messages, DispatchOptions options) {
    bus.dispatchAll(messages, options);
    throw new RolledBack();
  }
}
