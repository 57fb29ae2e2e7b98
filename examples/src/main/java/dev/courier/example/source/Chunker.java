package dev.courier.example.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into chunks of {@code size} characters, each sharing {@code overlap} with the last.
 */
final class Chunker {

  /** Characters {@code start} (inclusive) to {@code end} (exclusive). */
  record Span(int start, int end) {}

  private Chunker() {}

  static List<Span> spans(int length, int size, int overlap) {
    if (size < 1 || overlap < 0 || overlap >= size) {
      throw new IllegalArgumentException(
          "chunk size must be at least 1 and overlap from 0 to size - 1; were "
              + size
              + " and "
              + overlap);
    }
    List<Span> spans = new ArrayList<>();
    for (int start = 0; start < length; start += size - overlap) {
      int end = Math.min(length, start + size);
      spans.add(new Span(start, end));
      if (end == length) {
        break;
      }
    }
    return spans;
  }
}
