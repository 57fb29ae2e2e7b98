-- Message ids that handlers using the inbox (dev.courier.inbox.Inbox) have handled, written in the
-- handler's transaction: a redelivery of a handled message finds its id here and is skipped.
CREATE TABLE inbox (
    consumer    VARCHAR(200)             NOT NULL,
    message_id  VARCHAR(36)              NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_inbox PRIMARY KEY (consumer, message_id)
);

CREATE INDEX ix_inbox_received_at ON inbox (received_at);
