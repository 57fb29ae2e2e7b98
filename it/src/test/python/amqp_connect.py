#!/usr/bin/python3
"""Opens an AMQP 1.0 connection to Courier's broker with Qpid Proton, the way a Python service
would, and says whether the broker let it in.

usage: amqp_connect.py URL [USER PASSWORD]
exit status 0 when the connection opened; 1 when it was refused (the reason on stderr).
Without USER the client offers SASL ANONYMOUS only.
"""
import sys

from proton.handlers import MessagingHandler
from proton.reactor import Container


class Connect(MessagingHandler):
    def __init__(self, url, user, password):
        super().__init__()
        self.url = url
        self.user = user
        self.password = password
        self.opened = False

    def on_start(self, event):
        if self.user:
            event.container.connect(
                self.url,
                user=self.user,
                password=self.password,
                allowed_mechs="PLAIN",
                allow_insecure_mechs=True,
                reconnect=False,
            )
        else:
            event.container.connect(self.url, allowed_mechs="ANONYMOUS", reconnect=False)

    def on_connection_opened(self, event):
        self.opened = True
        event.connection.close()

    def on_transport_error(self, event):
        print("refused:", event.transport.condition, file=sys.stderr)


def main(argv):
    if len(argv) not in (2, 4):
        print(__doc__, file=sys.stderr)
        return 2
    user, password = (argv[2], argv[3]) if len(argv) == 4 else (None, None)
    client = Connect(argv[1], user, password)
    Container(client).run()
    return 0 if client.opened else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
