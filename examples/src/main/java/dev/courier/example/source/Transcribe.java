package dev.courier.example.source;

import dev.courier.handler.MessageType;
import java.util.Map;

/** Text passes; audio and video are transcribed, if a transcriber is configured. */
@MessageType("source.transcribe")
public record Transcribe(
    String name, String contentType, String title, Map<String, String> metadata) {}
