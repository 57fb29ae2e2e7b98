package dev.courier.dispatch;

import jakarta.json.JsonObject;

/**
 * A message named by its type, as it arrives over HTTP: its payload parsed, and written out once as
 * {@code payloadJson} (the text that goes into the envelope).
 */
public record JsonMessage(
    String type, JsonObject payload, String payloadJson, DispatchOptions options) {}
