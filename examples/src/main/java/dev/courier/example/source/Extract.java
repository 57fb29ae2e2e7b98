package dev.courier.example.source;

import dev.courier.handler.MessageType;

/** Extract title, metadata and text from the run's original. */
@MessageType("source.extract")
public record Extract(String name, String contentType) {}
