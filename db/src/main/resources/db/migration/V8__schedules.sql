-- Schedules (dev.courier.schedule): an operator's pause of a schedule, kept across restarts.
CREATE TABLE schedule_state (
    name       VARCHAR(100)             NOT NULL,
    paused     BOOLEAN                  NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_schedule_state PRIMARY KEY (name)
);
