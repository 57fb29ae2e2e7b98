package dev.courier.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandlerTypesTest {

  @MessageType("mail.send")
  record SendEmail(String to) {}

  record AnalyzeLead(long id) {}

  static class SendEmailHandler implements MessageHandler<SendEmail> {
    @Override
    public void handle(SendEmail message, MessageContext context) {}
  }

  static class SubclassedHandler extends SendEmailHandler {}

  @SuppressWarnings("rawtypes")
  static class RawHandler implements MessageHandler {
    @Override
    public void handle(Object message, MessageContext context) {}
  }

  @Test
  void theMessageClassIsTheTypeArgument() {
    assertEquals(Optional.of(SendEmail.class), HandlerTypes.messageClassOf(SendEmailHandler.class));
  }

  @Test
  void theTypeArgumentIsFoundOnASuperclass() {
    assertEquals(
        Optional.of(SendEmail.class), HandlerTypes.messageClassOf(SubclassedHandler.class));
  }

  @Test
  void aRawHandlerHasNoMessageClass() {
    assertTrue(HandlerTypes.messageClassOf(RawHandler.class).isEmpty());
  }

  @Test
  void aMessageIsNamedByItsAnnotationElseItsSimpleName() {
    assertEquals("mail.send", MessageTypes.nameOf(SendEmail.class));
    assertEquals("AnalyzeLead", MessageTypes.nameOf(AnalyzeLead.class));
  }
}
