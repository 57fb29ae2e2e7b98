package dev.courier.events;

import dev.courier.dispatch.QueueSender;
import dev.courier.transport.Transport;
import dev.courier.transport.TransportRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Delivers logged events again to one group, and to no other: each goes straight to the group's
 * queue, with its event id, so the group's inbox skips those it handled already. A new group can
 * start from the beginning of the log this way.
 */
@ApplicationScoped
public class GroupReplay {

  @Inject EventStreams streams;
  @Inject TransportRegistry transports;
  @Inject EventLog log;
  @Inject QueueSender sender;

  /**
   * Sends the stream's logged events with {@code from <= seq <= to}, in one transaction.
   *
   * @return how many were sent
   * @throws UnknownGroupException for a group that is not declared
   * @throws IllegalArgumentException when the group does not read the stream
   */
  @Transactional(TxType.REQUIRED)
  public int replay(String group, String stream, long from, long to) {
    if (streams.streamsOf(group).isEmpty()) {
      throw new UnknownGroupException(group, streams.groups().keySet());
    }
    if (!streams.streamsOf(group).get().contains(stream)) {
      throw new IllegalArgumentException(
          "Group '"
              + group
              + "' does not read stream '"
              + stream
              + "'; it reads "
              + String.join(", ", streams.streamsOf(group).get()));
    }
    Transport transport = transports.find(group).orElseThrow();
    int sent = 0;
    for (LoggedEvent logged : log.range(stream, from, to)) {
      Event event = logged.event();
      sender.sendRaw(
          transport,
          EventCodec.toJson(event),
          EventMessages.properties(event, stream, logged.seq()),
          0);
      sent++;
    }
    return sent;
  }
}
