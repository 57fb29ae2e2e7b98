package dev.courier.example.source;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@code source_complete_document}, the join: runs once every chunk is kept, checks they are all
 * there and marks the document complete.
 */
@ApplicationScoped
public class CompleteDocumentHandler implements MessageHandler<CompleteDocument> {

  @Inject Documents documents;

  @Override
  public void handle(CompleteDocument complete, MessageContext context) {
    String work = Work.idOf(context);
    int kept = documents.chunkCount(work);
    if (kept != complete.chunks()) {
      throw new IllegalStateException(
          "the join found " + kept + " of " + complete.chunks() + " chunks of run " + work);
    }
    documents.complete(work);
    context.emit(SourceEvent.stageFinished(work, SourceStages.MAKE_CHUNKS));
    context.emit(SourceEvent.stageFinished(work, SourceStages.COMPLETE));
  }
}
