package dev.courier.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** The few file operations the harness needs to prepare its server and databases. */
final class Directories {

  private Directories() {}

  /** Deletes the directory with everything in it, then makes it again, empty. */
  static void recreate(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> tree = Files.walk(dir)) {
        tree.sorted(Comparator.reverseOrder()).forEach(Directories::delete);
      }
    }
    Files.createDirectories(dir);
  }

  /** Copies a directory tree, leaving out paths whose name starts with {@code skipPrefix}. */
  static void copy(Path from, Path to, String skipPrefix) throws IOException {
    try (Stream<Path> tree = Files.walk(from)) {
      for (Path source : (Iterable<Path>) tree::iterator) {
        Path relative = from.relativize(source);
        if (relative.toString().startsWith(skipPrefix)) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
