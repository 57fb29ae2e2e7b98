package dev.courier.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Python AMQP 1.0 client ({@code src/test/python/amqp_client.py}, Qpid Proton for the
 * system's {@code /usr/bin/python3}) against the test server's AMQP acceptor.
 */
public final class PythonAmqp {

  public static final String BROKER =
      "amqp://127.0.0.1:" + (5673 + Integer.getInteger("courier.it.port-offset", 100));
  private static final Path CLIENT = Path.of("src/test/python/amqp_client.py");

  /** The client's exit status when the broker refused it. */
  public static final int REFUSED = 10;

  /** What the client did: its exit status (0 done, {@link #REFUSED}) and what it printed. */
  public record Run(int exit, String output) {

    /** The messages a receive printed, one JSON object each. */
    public List<JsonObject> messages() {
      return output
          .lines()
          .filter(line -> line.startsWith("{"))
          .map(line -> Json.createReader(new StringReader(line)).readObject())
          .toList();
    }
  }

  private PythonAmqp() {}

  public static Run send(Api.User user, String address, String body, String... options)
      throws Exception {
    List<String> arguments = new ArrayList<>(List.of("send"));
    arguments.addAll(credentials(user, address));
    arguments.add(body);
    arguments.addAll(List.of(options));
    return run(arguments).waitFor();
  }

  /** Starts receiving up to {@code most} messages, each awaited at most {@code seconds}. */
  public static Running receive(Api.User user, String address, int most, int seconds)
      throws Exception {
    List<String> arguments = new ArrayList<>(List.of("receive"));
    arguments.addAll(credentials(user, address));
    arguments.addAll(List.of(String.valueOf(most), String.valueOf(seconds)));
    return run(arguments);
  }

  private static List<String> credentials(Api.User user, String address) {
    return List.of(BROKER, user.userName(), System.getProperty("courier.it.password"), address);
  }

  private static Running run(List<String> arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("/usr/bin/python3", CLIENT.toString()));
    command.addAll(arguments);
    return new Running(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  /** A client process under way. */
  public record Running(Process process) {
    public Run waitFor() throws Exception {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(
          process.waitFor(120, TimeUnit.SECONDS), "the Python client did not end: " + output);
      return new Run(process.exitValue(), output);
    }
  }
}
