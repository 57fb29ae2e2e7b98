package dev.courier.example.source;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code source_make_document_chunks}: keeps one chunk of the document's text. */
@ApplicationScoped
public class MakeChunkHandler implements MessageHandler<MakeChunk> {

  @Inject Artifacts artifacts;
  @Inject Documents documents;

  @Override
  public void handle(MakeChunk chunk, MessageContext context) {
    String work = Work.idOf(context);
    String text = artifacts.readText(work);
    documents.saveChunk(work, chunk.index(), text.substring(chunk.start(), chunk.end()));
  }
}
