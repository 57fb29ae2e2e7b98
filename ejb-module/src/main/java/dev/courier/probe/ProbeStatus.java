package dev.courier.probe;

/** Where a probe is: not yet handled (perhaps failed and awaiting another attempt), or done. */
public enum ProbeStatus {
  PENDING,
  HANDLED,
  FAILED
}
