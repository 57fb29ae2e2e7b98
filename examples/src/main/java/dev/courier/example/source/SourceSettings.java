package dev.courier.example.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The example's configuration ({@code courier.example.source.*}), read when asked so a test or an
 * operator can set it as a system property.
 */
@ApplicationScoped
public class SourceSettings {

  static final String PREFIX = "courier.example.source.";

  @Inject Config config;

  /** Hosts a download may reach although they resolve to a loopback or private address. */
  public List<String> allowedHosts() {
    return config.getOptionalValues(PREFIX + "allowed-hosts", String.class).orElse(List.of());
  }

  /** The largest download, in bytes; 10 MiB. */
  public long maxBytes() {
    return config.getOptionalValue(PREFIX + "max-bytes", Long.class).orElse(10L * 1024 * 1024);
  }

  /** Connect and read timeout of a download, in ms; 10 s. */
  public long timeoutMs() {
    return config.getOptionalValue(PREFIX + "timeout", Long.class).orElse(10_000L);
  }

  /** Characters per chunk; 1000. */
  public int chunkSize() {
    return config.getOptionalValue(PREFIX + "chunk-size", Integer.class).orElse(1_000);
  }

  /** Characters a chunk shares with the one before it; 100. */
  public int chunkOverlap() {
    return config.getOptionalValue(PREFIX + "chunk-overlap", Integer.class).orElse(100);
  }

  /** Who is told by email when a run ends; nobody when empty. */
  public List<String> recipients() {
    return config.getOptionalValues(PREFIX + "notify", String.class).orElse(List.of());
  }

  /**
   * The command that transcribes audio and video: it gets the file's path as its last argument and
   * writes the text to its standard output. Without one, audio and video fail.
   */
  public Optional<List<String>> transcriber() {
    return config.getOptionalValues(PREFIX + "transcriber", String.class);
  }

  /** Where downloaded and extracted files are kept: the server's data directory. */
  public Path workDirectory() {
    return Path.of(
        config
            .getOptionalValue(PREFIX + "work-dir", String.class)
            .orElseGet(
                () -> System.getProperty("jboss.server.data.dir", "data") + "/courier-source"));
  }
}
