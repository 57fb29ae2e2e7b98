package dev.courier.events;

/** Publishing is paused ({@link PublishingSwitch}): the event was refused and nothing was kept. */
public class PublishingPausedException extends RuntimeException {

  public PublishingPausedException() {
    super(
        "Publishing events is paused; nothing was published. Publish again once it is resumed"
            + " (POST /courier/api/events/publishing/resume).");
  }
}
