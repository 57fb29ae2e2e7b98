package dev.courier.reliability;

/** One way of hurting the server under load, and the verdict on what it lost. */
interface Scenario {

  /** The name the settings use ({@code courier.reliability.scenarios}). */
  String name();

  Verdict run(Harness harness) throws Exception;
}
