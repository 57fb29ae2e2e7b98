-- Messages whose retries are spent, that failed unrecoverably, or that could not be decoded.
-- At most one record per message: a retry from the store removes it.
CREATE TABLE failed_message (
    id              VARCHAR(36)              NOT NULL,
    message_id      VARCHAR(200)             NOT NULL,
    message_type    VARCHAR(200)             NOT NULL,
    transport       VARCHAR(100)             NOT NULL,
    payload         VARCHAR(1000000)         NOT NULL,
    properties      VARCHAR(100000)          NOT NULL,
    attempts        INTEGER                  NOT NULL,
    first_failed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    failed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    error_class     VARCHAR(500)             NOT NULL,
    error_message   VARCHAR(4000),
    stack_trace     VARCHAR(1000000),
    fingerprint     VARCHAR(64)              NOT NULL,
    CONSTRAINT pk_failed_message PRIMARY KEY (id),
    CONSTRAINT uq_failed_message_message_id UNIQUE (message_id)
);
CREATE INDEX ix_failed_message_failed_at ON failed_message (failed_at);
CREATE INDEX ix_failed_message_type ON failed_message (message_type);
CREATE INDEX ix_failed_message_transport ON failed_message (transport);
CREATE INDEX ix_failed_message_error_class ON failed_message (error_class);
CREATE INDEX ix_failed_message_fingerprint ON failed_message (fingerprint);

-- One row per failed attempt of a message, so the headers of a retried message stay small.
CREATE TABLE message_error (
    id          VARCHAR(36)              NOT NULL,
    message_id  VARCHAR(200)             NOT NULL,
    attempt     INTEGER                  NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    error_class VARCHAR(500)             NOT NULL,
    message     VARCHAR(4000),
    stack_trace VARCHAR(1000000),
    CONSTRAINT pk_message_error PRIMARY KEY (id)
);
CREATE INDEX ix_message_error_message_id ON message_error (message_id);
