package dev.courier.example.source;

/** A URL the download may not fetch ({@link HostPolicy}). */
class RefusedUrlException extends Exception {

  RefusedUrlException(String message) {
    super(message);
  }
}
