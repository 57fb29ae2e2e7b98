package dev.courier.example.source;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import dev.courier.handler.RecoverableMessageException;
import dev.courier.handler.UnrecoverableMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code source_transcribe}: text passes through; audio and video go to the configured transcriber
 * ({@code courier.example.source.transcriber}, a command given the file's path, whose standard
 * output is the text) or fail for good when there is none.
 */
@ApplicationScoped
public class TranscribeHandler implements MessageHandler<Transcribe> {

  static final long TRANSCRIBER_TIMEOUT_MINUTES = 10;

  @Inject SourceSettings settings;
  @Inject Artifacts artifacts;

  @Override
  public void handle(Transcribe transcribe, MessageContext context) throws InterruptedException {
    String work = Work.idOf(context);
    if (TextExtractor.isMedia(transcribe.contentType())) {
      List<String> command =
          settings
              .transcriber()
              .orElseThrow(
                  () ->
                      new UnrecoverableMessageException(
                          transcribe.contentType()
                              + " needs a transcript and no transcriber is configured"
                              + " (courier.example.source.transcriber)"));
      artifacts.writeText(
          work, run(command, artifacts.pathOf(work, Artifacts.ORIGINAL).toString()));
    }
    context.emitTo(
        SourceStages.MAKE_DOCUMENT,
        new MakeDocument(
            transcribe.name(),
            transcribe.contentType(),
            transcribe.title(),
            transcribe.metadata()));
    context.emit(SourceEvent.stageFinished(work, SourceStages.TRANSCRIBE));
  }

  private static String run(List<String> command, String file) throws InterruptedException {
    List<String> line = new ArrayList<>(command);
    line.add(file);
    try {
      Process process = new ProcessBuilder(line).redirectErrorStream(false).start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(TRANSCRIBER_TIMEOUT_MINUTES, TimeUnit.MINUTES)
          || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new RecoverableMessageException("the transcriber " + command + " failed");
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UnrecoverableMessageException("the transcriber " + command + " cannot run: " + e);
    }
  }
}
