#!/usr/bin/python3
"""Sends COUNT durable messages of type bench.noop to an AMQP address as fast as the broker's
credit allows (Qpid Proton, asynchronous), and prints the seconds until the broker had accepted
them all. Exit status 0 when all were accepted, 1 otherwise.

usage: amqp_bench_send.py URL USER PASSWORD ADDRESS COUNT
"""
import sys
import time

from proton import Message
from proton.handlers import MessagingHandler
from proton.reactor import Container


class Sender(MessagingHandler):
    def __init__(self, url, user, password, address, count):
        super().__init__()
        self.url, self.user, self.password = url, user, password
        self.address, self.count = address, count
        self.body = '{"text":"' + "x" * 200 + '"}'
        self.sent = self.accepted = 0
        self.failed = False
        self.started = None

    def on_start(self, event):
        connection = event.container.connect(
            self.url,
            user=self.user,
            password=self.password,
            allowed_mechs="PLAIN",
            allow_insecure_mechs=True,
            reconnect=False,
        )
        event.container.create_sender(connection, self.address)
        self.started = time.monotonic()

    def on_sendable(self, event):
        while event.sender.credit and self.sent < self.count:
            event.sender.send(
                Message(body=self.body, properties={"courier_type": "bench.noop"}, durable=True)
            )
            self.sent += 1

    def on_accepted(self, event):
        self.accepted += 1
        if self.accepted == self.count:
            print("%.3f" % (time.monotonic() - self.started), flush=True)
            event.connection.close()

    def on_rejected(self, event):
        self.failed = True
        event.connection.close()

    def on_transport_error(self, event):
        self.failed = True
        print("transport error:", event.transport.condition, file=sys.stderr)


def main(argv):
    if len(argv) != 6:
        print(__doc__, file=sys.stderr)
        return 2
    sender = Sender(argv[1], argv[2], argv[3], argv[4], int(argv[5]))
    Container(sender).run()
    return 0 if sender.accepted == sender.count and not sender.failed else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
