-- One row per probe: a synthetic message sent by an operator to check the whole path.
CREATE TABLE probe (
    id            VARCHAR(36)              NOT NULL,
    transport     VARCHAR(100)             NOT NULL,
    status        VARCHAR(16)              NOT NULL,
    attempts      INTEGER                  NOT NULL,
    dispatched_at TIMESTAMP WITH TIME ZONE NOT NULL,
    handled_at    TIMESTAMP WITH TIME ZONE,
    last_error    VARCHAR(1000),
    CONSTRAINT pk_probe PRIMARY KEY (id)
);
