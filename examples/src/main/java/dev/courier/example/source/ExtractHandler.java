package dev.courier.example.source;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code source_extract}: title, metadata and text of the original ({@link TextExtractor}). */
@ApplicationScoped
public class ExtractHandler implements MessageHandler<Extract> {

  @Inject Artifacts artifacts;

  @Override
  public void handle(Extract extract, MessageContext context) {
    String work = Work.idOf(context);
    TextExtractor.Extracted found =
        TextExtractor.extract(
            artifacts.read(work, Artifacts.ORIGINAL), extract.contentType(), extract.name());
    if (!found.needsTranscript()) {
      artifacts.writeText(work, found.text());
    }
    context.emitTo(
        SourceStages.TRANSCRIBE,
        new Transcribe(extract.name(), extract.contentType(), found.title(), found.metadata()));
    context.emit(SourceEvent.stageFinished(work, SourceStages.EXTRACT));
  }
}
