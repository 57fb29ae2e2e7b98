#!/usr/bin/python3
"""Sends to or receives from Courier's broker over AMQP 1.0 with Qpid Proton, the way a Python
service would.

usage:
  amqp_client.py send URL USER PASSWORD ADDRESS BODY [--data-section] [NAME=VALUE ...]
  amqp_client.py receive URL USER PASSWORD ADDRESS MAX SECONDS

send: BODY goes as an AMQP string value, or with --data-section as a data section holding UTF-8
with content type application/json; each NAME=VALUE is an application property (courier_type=...).
receive: takes (and accepts) up to MAX messages, waiting at most SECONDS for each, and prints one
JSON line per message: {"properties": {...}, "body": "..."}.
Exit status 0 when done; 10 when the broker refused (the reason on stderr); 2 for bad usage.
"""
import json
import sys

from proton import ConnectionException, Message, Timeout
from proton.utils import BlockingConnection, LinkDetached, SendException

# Exit status when the broker refused: apart from 1, Python's own for an uncaught error.
REFUSED = 10


def connect(url, user, password):
    return BlockingConnection(
        url, user=user, password=password, allowed_mechs="PLAIN", allow_insecure_mechs=True
    )


def send(url, user, password, address, body, options):
    data_section = "--data-section" in options
    properties = dict(o.split("=", 1) for o in options if o != "--data-section")
    if data_section:
        message = Message(
            body=body.encode("utf-8"), inferred=True, content_type="application/json"
        )
    else:
        message = Message(body=body)
    message.properties = properties
    message.durable = True
    connection = connect(url, user, password)
    try:
        connection.create_sender(address).send(message)
    finally:
        connection.close()


def receive(url, user, password, address, most, seconds):
    connection = connect(url, user, password)
    try:
        receiver = connection.create_receiver(address, credit=1)
        for _ in range(most):
            try:
                message = receiver.receive(timeout=seconds)
            except Timeout:
                break
            body = message.body
            if isinstance(body, (bytes, memoryview)):
                body = bytes(body).decode("utf-8")
            print(json.dumps({"properties": message.properties or {}, "body": body}), flush=True)
            receiver.accept()
    finally:
        connection.close()


def main(argv):
    try:
        if len(argv) >= 7 and argv[1] == "send":
            send(argv[2], argv[3], argv[4], argv[5], argv[6], argv[7:])
        elif len(argv) == 8 and argv[1] == "receive":
            receive(argv[2], argv[3], argv[4], argv[5], int(argv[6]), float(argv[7]))
        else:
            print(__doc__, file=sys.stderr)
            return 2
    except (LinkDetached, ConnectionException, SendException) as refused:
        print("refused:", refused, file=sys.stderr)
        return REFUSED
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
