package dev.courier.json;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** One JSON-B instance for the application (it is thread-safe and costly to create). */
@ApplicationScoped
public class JsonbProducer {

  @Produces
  @Singleton
  Jsonb jsonb() {
    return JsonbBuilder.create();
  }

  void close(@Disposes Jsonb jsonb) throws Exception {
    jsonb.close();
  }
}
