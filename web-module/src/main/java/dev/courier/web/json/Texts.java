package dev.courier.web.json;

/** Checks on text that names things (types, transports, keys, filter values). */
public final class Texts {

  private Texts() {}

  /** C0 controls, DEL and C1 controls have no place in a name. */
  public static boolean hasControlCharacters(String text) {
    return text.chars().anyMatch(Character::isISOControl);
  }
}
