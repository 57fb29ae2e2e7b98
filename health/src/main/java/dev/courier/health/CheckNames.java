package dev.courier.health;

/** The names of Courier's health checks, as the management interface reports them. */
public final class CheckNames {

  public static final String LIVE = "courier-live";
  public static final String BROKER = "courier-broker";
  public static final String DATABASE = "courier-database";
  public static final String CONSUMERS = "courier-consumers";
  public static final String FAILURE_BACKLOG = "courier-failure-backlog";
  public static final String BUILD = "courier-build";

  private CheckNames() {}
}
