package dev.courier.broker;

/** The broker could not be asked, or refused what it was asked. */
public class BrokerManagementException extends Exception {

  public BrokerManagementException(String message, Throwable cause) {
    super(message, cause);
  }

  public BrokerManagementException(String message) {
    super(message);
  }
}
