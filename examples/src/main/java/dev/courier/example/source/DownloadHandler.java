package dev.courier.example.source;

import dev.courier.handler.MessageContext;
import dev.courier.handler.MessageHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** {@code source_download}: fetches the URL (or takes the inline content) and keeps it. */
@ApplicationScoped
public class DownloadHandler implements MessageHandler<SourceInput> {

  @Inject SourceSettings settings;
  @Inject Artifacts artifacts;

  @Override
  public void handle(SourceInput input, MessageContext context) throws InterruptedException {
    String work = Work.idOf(context);
    String name;
    String contentType;
    if (input.url() != null) {
      Downloader.Download download =
          new Downloader(
                  new HostPolicy(settings.allowedHosts()),
                  settings.maxBytes(),
                  Duration.ofMillis(settings.timeoutMs()))
              .fetch(URI.create(input.url()));
      artifacts.write(work, Artifacts.ORIGINAL, download.body());
      name = download.name();
      contentType = download.contentType();
    } else {
      artifacts.write(work, Artifacts.ORIGINAL, input.content().getBytes(StandardCharsets.UTF_8));
      name = input.name() == null ? "inline" : input.name();
      contentType = input.contentType();
    }
    context.emitTo(SourceStages.EXTRACT, new Extract(name, contentType));
    context.emit(new SourceEvent(work, "started", null));
    context.emit(SourceEvent.stageFinished(work, SourceStages.DOWNLOAD));
  }
}
