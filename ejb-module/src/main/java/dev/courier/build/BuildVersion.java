package dev.courier.build;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A build version, {@code <build time>-<git commit>}, e.g. {@code 20261124T101500Z-7b36974}. Build
 * times order builds: a rolling deploy runs newer builds beside older ones, and a node must not
 * handle a message dispatched by code newer than its own.
 */
public record BuildVersion(String time, String commit) {

  private static final Pattern FORMAT = Pattern.compile("(\\d{8}T\\d{6}Z)-(\\S+)");

  /** The version a string names, or empty when it is not one (an old or hand-made message). */
  public static Optional<BuildVersion> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = FORMAT.matcher(text);
    return matcher.matches()
        ? Optional.of(new BuildVersion(matcher.group(1), matcher.group(2)))
        : Optional.empty();
  }

  /** Built later than {@code other}; the same build time counts as the same build. */
  public boolean isNewerThan(BuildVersion other) {
    return time.compareTo(other.time) > 0;
  }

  @Override
  public String toString() {
    return time + "-" + commit;
  }
}
