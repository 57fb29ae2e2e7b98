package dev.courier.example.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {

  @Test
  void chunksOverlapAndTheLastEndsWithTheText() {
    assertEquals(
        List.of(
            new Chunker.Span(0, 100),
            new Chunker.Span(90, 190),
            new Chunker.Span(180, 280),
            new Chunker.Span(270, 370),
            new Chunker.Span(360, 450)),
        Chunker.spans(450, 100, 10));
  }

  @Test
  void aShortTextIsOneChunkAndAnEmptyOneNone() {
    assertEquals(List.of(new Chunker.Span(0, 5)), Chunker.spans(5, 100, 10));
    assertEquals(List.of(), Chunker.spans(0, 100, 10));
  }

  @Test
  void anOverlapAsLargeAsTheChunkIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Chunker.spans(10, 5, 5));
    assertThrows(IllegalArgumentException.class, () -> Chunker.spans(10, 0, 0));
  }
}
