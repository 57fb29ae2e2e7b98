package dev.courier.example.source;

/**
 * The stages of the {@code source} pipeline (META-INF/microprofile-config.properties declares
 * them), and its other transports.
 */
final class SourceStages {

  static final String DOWNLOAD = "source_download";
  static final String EXTRACT = "source_extract";
  static final String TRANSCRIBE = "source_transcribe";
  static final String MAKE_DOCUMENT = "source_make_document";
  static final String MAKE_CHUNKS = "source_make_document_chunks";
  static final String COMPLETE = "source_complete_document";

  /** The pipeline's name. */
  static final String PIPELINE = "source";

  private SourceStages() {}
}
