package dev.courier.example.source;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import dev.courier.handler.RecoverableMessageException;
import dev.courier.pipeline.RunEnded;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * {@code notification_email}: when a {@code source} run ends, done or failed, an email through the
 * server's mail session to {@code courier.example.source.notify}, and the run's last domain event.
 */
@ApplicationScoped
public class RunEndedMailer implements MessageHandler<RunEnded> {

  @Resource(lookup = "java:jboss/mail/Default")
  Session mail;

  @Inject SourceSettings settings;

  @Override
  public void handle(RunEnded ended, MessageContext context) {
    if (!SourceStages.PIPELINE.equals(ended.pipeline())) {
      return;
    }
    List<String> recipients = settings.recipients();
    if (!recipients.isEmpty()) {
      send(ended, recipients);
    }
    context.emit(new SourceEvent(ended.runId(), ended.status(), null));
  }

  private void send(RunEnded ended, List<String> recipients) {
    try {
      MimeMessage message = new MimeMessage(mail);
      message.setFrom(new InternetAddress("courier@localhost"));
      for (String recipient : recipients) {
        message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient.trim()));
      }
      message.setSubject("Courier: source run " + ended.runId() + " " + ended.status());
      message.setText(
          "Run "
              + ended.runId()
              + " of pipeline "
              + ended.pipeline()
              + " is "
              + ended.status()
              + (ended.error() == null ? "." : ": " + ended.error())
              + "\n");
      Transport.send(message);
    } catch (MessagingException e) {
      throw new RecoverableMessageException("the notification could not be sent: " + e, e);
    }
  }
}
