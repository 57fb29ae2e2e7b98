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
            HandledMessages.class)
        .web(TestResource.class)
        .config("courier.routing.test.urgent=high")
        .config("courier.routing.test.bulk=low");
  }

  public static EnterpriseArchive ear() {
    return withTestHandlers().build();
  }
}
