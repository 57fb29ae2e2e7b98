package dev.courier.probe;

/**
 * Where a probe is: pending (not handled yet, perhaps awaiting a retry), handled, or failed (in the
 * failure store).
 */
public enum ProbeStatus {
  PENDING,
  HANDLED,
  FAILED
}
