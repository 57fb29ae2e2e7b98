-- Who did what to Courier through its admin API, when, and to how many messages.
CREATE TABLE audit_entry (
    id          VARCHAR(36)              NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(200)             NOT NULL,
    action      VARCHAR(100)             NOT NULL,
    target      VARCHAR(2000)            NOT NULL,
    item_count  INTEGER                  NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);
CREATE INDEX ix_audit_entry_occurred_at ON audit_entry (occurred_at);
