package dev.courier.web.node;

import dev.courier.build.NodeName;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every answer of the API names the node that gave it ({@value #HEADER}: {@code jboss.node.name}):
 * behind a load balancer, what is per node (handler stats, the rate limit) says whose it is.
 */
@Provider
public class NodeHeaderFilter implements ContainerResponseFilter {

  public static final String HEADER = "Courier-Node";

  private final String node = NodeName.of();

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle(HEADER, node);
  }
}
