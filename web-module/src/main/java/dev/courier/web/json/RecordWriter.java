package dev.courier.web.json;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a record as a JSON object with its fields in the order the record declares them (JSON-B
 * itself sorts them by name). A null field is left out unless the record is {@code JsonbNillable};
 * a {@code JsonbTransient} component is never written. Values are written by JSON-B.
 */
final class RecordWriter implements JsonbSerializer<Record> {

  private static final ClassValue<Layout> LAYOUTS =
      new ClassValue<>() {
        @Override
        protected Layout computeValue(Class<?> type) {
          return Layout.of(type);
        }
      };

  @Override
  public void serialize(Record record, JsonGenerator generator, SerializationContext context) {
    Layout layout = LAYOUTS.get(record.getClass());
    generator.writeStartObject();
    for (Method accessor : layout.accessors()) {
      Object value = layout.read(accessor, record);
      if (value != null) {
        context.serialize(accessor.getName(), value, generator);
      } else if (layout.nillable()) {
        generator.writeNull(accessor.getName());
      }
    }
    generator.writeEnd();
  }

  /** The accessors of a record's written components, in declaration order. */
  private record Layout(List<Method> accessors, boolean nillable) {

    static Layout of(Class<?> type) {
      List<Method> accessors =
          Arrays.stream(type.getRecordComponents())
              .map(RecordComponent::getAccessor)
              .filter(accessor -> !accessor.isAnnotationPresent(JsonbTransient.class))
              .toList();
      accessors.forEach(accessor -> accessor.setAccessible(true));
      return new Layout(accessors, type.isAnnotationPresent(JsonbNillable.class));
    }

    Object read(Method accessor, Record record) {
      try {
        return accessor.invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + accessor, e);
      }
    }
  }
}
