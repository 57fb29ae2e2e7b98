-- Schedule runs (dev.courier.schedule.ScheduleRuns): one row per firing of a schedule's timer and per
-- run-now, with the message it dispatched and how that message ended. schedule_state keeps the slot
-- each schedule's timer expects next, by which a late firing (after downtime) is told apart.
ALTER TABLE schedule_state ADD COLUMN next_slot TIMESTAMP WITH TIME ZONE;

CREATE TABLE schedule_run (
    id          VARCHAR(36)              NOT NULL,
    schedule    VARCHAR(100)             NOT NULL,
    kind        VARCHAR(16)              NOT NULL,
    slot        TIMESTAMP WITH TIME ZONE,
    fired_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    node        VARCHAR(200)             NOT NULL,
    message_id  VARCHAR(36),
    status      VARCHAR(16)              NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    duration_ms BIGINT,
    detail      VARCHAR(2000),
    CONSTRAINT pk_schedule_run PRIMARY KEY (id)
);
CREATE INDEX ix_schedule_run_schedule_fired_at ON schedule_run (schedule, fired_at);
