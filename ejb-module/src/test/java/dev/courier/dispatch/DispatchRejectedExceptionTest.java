package dev.courier.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DispatchRejectedExceptionTest {

  private static final Rejection UNKNOWN =
      new Rejection(Rejection.Kind.UNKNOWN_TYPE, "type", "unknown message type 'X'");
  private static final Rejection NEGATIVE =
      new Rejection(Rejection.Kind.INVALID_REQUEST, "delayMs", "must be 0 or more");

  @Test
  void oneReasonIsTheDetail() {
    DispatchRejectedException e = new DispatchRejectedException(UNKNOWN);

    assertEquals("type: unknown message type 'X'", e.getMessage());
    assertEquals(Rejection.Kind.UNKNOWN_TYPE, e.kind());
  }

  @Test
  void reasonsOfDifferentKindsAreAnInvalidRequest() {
    DispatchRejectedException e = new DispatchRejectedException(List.of(UNKNOWN, NEGATIVE));

    assertEquals(Rejection.Kind.INVALID_REQUEST, e.kind());
    assertEquals(
        "2 problems: type: unknown message type 'X'; delayMs: must be 0 or more", e.getMessage());
  }

  @Test
  void reasonsOfOneKindKeepIt() {
    assertEquals(
        Rejection.Kind.UNKNOWN_TYPE,
        new DispatchRejectedException(List.of(UNKNOWN, UNKNOWN.at(3))).kind());
  }

  @Test
  void aBatchPositionPrefixesTheField() {
    assertEquals("[3].type", UNKNOWN.at(3).field());
    assertEquals(
        "[0]",
        new Rejection(Rejection.Kind.INVALID_REQUEST, "", "must be a JSON object").at(0).field());
  }
}
