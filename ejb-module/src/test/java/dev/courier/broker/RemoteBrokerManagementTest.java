package dev.courier.broker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RemoteBrokerManagementTest {

  @Test
  void argumentsTravelAsOneJsonArray() {
    assertEquals(
        "[\"jms.queue.x\",\"ANYCAST\",null,true,-1]",
        RemoteBrokerManagement.json(new Object[] {"jms.queue.x", "ANYCAST", null, true, -1}));
    assertEquals("[]", RemoteBrokerManagement.json(new Object[0]));
  }

  @Test
  void anAnswerIsTheFirstElementOfItsArray() {
    assertEquals(12L, RemoteBrokerManagement.result("[12]"));
    assertEquals(Boolean.TRUE, RemoteBrokerManagement.result("[true]"));
    assertEquals(0.5, RemoteBrokerManagement.result("[0.5]"));
    assertArrayEquals(
        new Object[] {"a", "b"}, (Object[]) RemoteBrokerManagement.result("[[\"a\",\"b\"]]"));
    assertNull(RemoteBrokerManagement.result(null));
  }

  @Test
  void namesComeAsStringsFromEitherKindOfAnswer() {
    assertEquals(Set.of("a", "b"), Names.of(new String[] {"a", "b"}));
    assertEquals(Set.of("a", "b"), Names.of(new Object[] {"a", "b"}));
    assertEquals(Set.of(), Names.of(null));
  }
}
