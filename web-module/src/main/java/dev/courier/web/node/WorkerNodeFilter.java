package dev.courier.web.node;

import dev.courier.build.NodeRole;
import dev.courier.web.problem.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.Config;

/**
 * A worker node ({@code courier.node.api=false}) serves no public API: every request is a 404
 * problem naming the setting, before any resource runs. Health and metrics stay on the management
 * interface and {@code /courier/metrics}.
 */
@Provider
@PreMatching
public class WorkerNodeFilter implements ContainerRequestFilter {

  @Inject Config config;

  private boolean api;

  @PostConstruct
  void readRole() {
    api = NodeRole.of(config).api();
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!api) {
      request.abortWith(
          new Problem(
                  "no-api-on-this-node",
                  "No API on this node",
                  404,
                  "This node is a worker (courier.node.api=false); send API requests to an API"
                      + " node.")
              .toResponse());
    }
  }
}
