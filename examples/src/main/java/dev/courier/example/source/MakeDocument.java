package dev.courier.example.source;

import dev.courier.handler.MessageType;
import java.util.Map;

/** Make the run's document from its text, and fan its chunks out. */
@MessageType("source.make-document")
public record MakeDocument(
    String name, String contentType, String title, Map<String, String> metadata) {}
