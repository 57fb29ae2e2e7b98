package dev.courier.example.source;

import dev.courier.handler.MessageType;

/** Keep one chunk of the document: characters {@code start} to {@code end} of its text. */
@MessageType("source.make-chunk")
public record MakeChunk(int index, int start, int end) {}
