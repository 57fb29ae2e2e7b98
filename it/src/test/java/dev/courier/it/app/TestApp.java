package dev.courier.it.app;

import dev.courier.it.support.Deployments;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * Courier with the test handlers: test.ping (default transport), test.urgent (high), test.bulk
 * (low).
 */
public final class TestApp {

  private TestApp() {}

  public static Deployments withTestHandlers() {
    return Deployments.courier()
        .ejb(
            Ping.class,
            Urgent.class,
            Bulk.class,
            PingHandler.class,
            UrgentHandler.class,
            BulkHandler.class,
            HandledMessages.class,
            Flaky.class,
            FlakyHandler.class,
            Once.class,
            OnceHandler.class,
            Attempts.class,
            RolledBackDispatch.class)
        .web(TestResource.class, FailureTestResource.class)
        .config("courier.routing.test.urgent=high")
        .config("courier.routing.test.bulk=low")
        .config("courier.transport.high.retry.delay=200")
        .config("courier.transport.high.retry.multiplier=2")
        .config("courier.transport.high.retry.max-delay=5000")
        .config("courier.transport.normal.retry.delay=100")
        .config("courier.transport.normal.unrecoverable=java.lang.IllegalStateException")
        .config("courier.transport.low.retry.delay=100")
        .config("courier.transport.low.retry.multiplier=1")
        .config("courier.transport.low.timeout=500")
        .config("courier.transport.batch.retry.delay=100")
        .config("courier.transport.batch.retry.multiplier=1");
  }

  public static EnterpriseArchive ear() {
    return withTestHandlers().build();
  }
}
