package dev.courier.web.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON-B that writes the API's answers (JAX-RS finds it as a provider; problem bodies use it
 * too): fields in the order their record declares them, instants in ISO-8601, null fields left out
 * unless the type says {@code @JsonbNillable}.
 */
@Provider
public class ApiJson implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withPropertyOrderStrategy(PropertyOrderStrategy.ANY));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  public static String toJson(Object value) {
    return JSONB.toJson(value);
  }
}
