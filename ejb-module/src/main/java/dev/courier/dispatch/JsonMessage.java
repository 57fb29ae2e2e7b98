package dev.courier.dispatch;

/** A message named by its type, with its payload as JSON, as it arrives over HTTP. */
public record JsonMessage(String type, String payloadJson, DispatchOptions options) {}
