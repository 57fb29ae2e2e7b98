package dev.courier.failure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JPQL over {@link FailedMessage} restricted by a {@link FailureFilter}. */
final class FailureQuery {

  private final String where;
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  FailureQuery(FailureFilter filter) {
    List<String> conditions = new ArrayList<>();
    filter
        .messageId()
        .ifPresent(v -> condition(conditions, "f.messageId = :messageId", "messageId", v));
    filter
        .transport()
        .ifPresent(v -> condition(conditions, "f.transport = :transport", "transport", v));
    filter.type().ifPresent(v -> condition(conditions, "f.type = :type", "type", v));
    filter
        .errorClass()
        .ifPresent(v -> condition(conditions, "f.errorClass = :errorClass", "errorClass", v));
    filter
        .fingerprint()
        .ifPresent(v -> condition(conditions, "f.fingerprint = :fingerprint", "fingerprint", v));
    filter
        .failedAfter()
        .ifPresent(v -> condition(conditions, "f.failedAt >= :failedAfter", "failedAfter", v));
    filter
        .failedBefore()
        .ifPresent(v -> condition(conditions, "f.failedAt < :failedBefore", "failedBefore", v));
    filter.ids().ifPresent(v -> condition(conditions, "f.id IN :ids", "ids", v));
    where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private void condition(List<String> conditions, String jpql, String name, Object value) {
    conditions.add(jpql);
    parameters.put(name, value);
  }

  <T> TypedQuery<T> select(EntityManager em, String select, String tail, Class<T> type) {
    TypedQuery<T> query = em.createQuery(select + " FROM FailedMessage f" + where + tail, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  /**
   * A condition on another entity's message id path (e.g. {@code e.messageId}): a matching record
   * exists for it. Correlated through the unique message id, so bulk statements stay linear.
   */
  String recordExistsFor(String messageIdPath) {
    return "EXISTS (SELECT 1 FROM FailedMessage f WHERE f.messageId = "
        + messageIdPath
        + (where.isEmpty() ? "" : " AND " + where.substring(" WHERE ".length()))
        + ")";
  }

  /** The matching records, for a bulk statement over {@code FailedMessage f}. */
  String where() {
    return where;
  }

  Map<String, Object> parameters() {
    return parameters;
  }
}
