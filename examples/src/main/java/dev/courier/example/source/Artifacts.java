package dev.courier.example.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The files of a run's work, in a directory of their own under the work directory: the downloaded
 * original and the extracted text. Each is written whole to a temporary file, then moved into
 * place, so a stage that runs again after a crash finds either the old file or the new one.
 */
@ApplicationScoped
public class Artifacts {

  static final String ORIGINAL = "original";
  static final String TEXT = "text.txt";

  @Inject SourceSettings settings;

  void write(String workId, String name, byte[] content) {
    try {
      Path directory = directoryOf(workId);
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, name, ".part");
      Files.write(temporary, content);
      Files.move(
          temporary,
          directory.resolve(name),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] read(String workId, String name) {
    try {
      return Files.readAllBytes(pathOf(workId, name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void writeText(String workId, String text) {
    write(workId, TEXT, text.getBytes(StandardCharsets.UTF_8));
  }

  String readText(String workId) {
    return new String(read(workId, TEXT), StandardCharsets.UTF_8);
  }

  Path pathOf(String workId, String name) {
    return directoryOf(workId).resolve(name);
  }

  private Path directoryOf(String workId) {
    if (!workId.matches("[A-Za-z0-9-]{1,64}")) {
      throw new IllegalArgumentException("not a work id: " + workId);
    }
    return settings.workDirectory().resolve(workId);
  }
}
