package dev.courier.example.source;

import dev.courier.handler.MessageType;

/** The join: every chunk is kept; the document is complete. */
@MessageType("source.complete-document")
public record CompleteDocument(int chunks) {}
