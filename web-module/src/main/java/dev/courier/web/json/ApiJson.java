package dev.courier.web.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON-B that writes the API's answers (JAX-RS finds it as a provider; problem bodies use it
 * too). Answers are records, written by {@link RecordWriter}: fields in the order the record
 * declares them, null fields left out unless the record is {@code @JsonbNillable}; instants in
 * ISO-8601.
 */
@Provider
public class ApiJson implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withSerializers(new RecordWriter()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  public static String toJson(Object value) {
    return JSONB.toJson(value);
  }
}
