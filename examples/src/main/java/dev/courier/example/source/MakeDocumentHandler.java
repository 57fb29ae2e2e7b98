package dev.courier.example.source;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * {@code source_make_document}: the document (title, text, metadata), then one message per chunk to
 * {@code source_make_document_chunks} and the join that completes it once they are all kept.
 */
@ApplicationScoped
public class MakeDocumentHandler implements MessageHandler<MakeDocument> {

  @Inject SourceSettings settings;
  @Inject Artifacts artifacts;
  @Inject Documents documents;

  @Override
  public void handle(MakeDocument document, MessageContext context) {
    String work = Work.idOf(context);
    String text = artifacts.readText(work);
    List<Chunker.Span> spans =
        Chunker.spans(text.length(), settings.chunkSize(), settings.chunkOverlap());
    documents.save(work, document, text, spans.size());
    for (int i = 0; i < spans.size(); i++) {
      context.emitTo(
          SourceStages.MAKE_CHUNKS, new MakeChunk(i, spans.get(i).start(), spans.get(i).end()));
    }
    context.emitTo(SourceStages.COMPLETE, new CompleteDocument(spans.size()));
    context.emit(SourceEvent.stageFinished(work, SourceStages.MAKE_DOCUMENT));
  }
}
