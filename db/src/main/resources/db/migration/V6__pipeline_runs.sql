-- Pipeline runs (dev.courier.pipeline.RunTracker): one row per run, one per stage of a run, the
-- messages a run holds for a join stage, and the run's transitions in order (its live status).
CREATE TABLE pipeline_run (
    run_id        VARCHAR(36)              NOT NULL,
    pipeline      VARCHAR(200)             NOT NULL,
    input_summary VARCHAR(500)             NOT NULL,
    status        VARCHAR(16)              NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    transitions   INTEGER                  NOT NULL,
    CONSTRAINT pk_pipeline_run PRIMARY KEY (run_id)
);
CREATE INDEX ix_pipeline_run_started_at ON pipeline_run (started_at);
CREATE INDEX ix_pipeline_run_pipeline ON pipeline_run (pipeline);
CREATE INDEX ix_pipeline_run_status ON pipeline_run (status);

CREATE TABLE pipeline_run_stage (
    id           VARCHAR(36)              NOT NULL,
    run_id       VARCHAR(36)              NOT NULL,
    stage        VARCHAR(100)             NOT NULL,
    position     INTEGER                  NOT NULL,
    status       VARCHAR(16)              NOT NULL,
    attempts     INTEGER                  NOT NULL,
    items_done   INTEGER                  NOT NULL,
    items_total  INTEGER                  NOT NULL,
    items_failed INTEGER                  NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    finished_at  TIMESTAMP WITH TIME ZONE,
    last_error   VARCHAR(4000),
    CONSTRAINT pk_pipeline_run_stage PRIMARY KEY (id),
    CONSTRAINT uq_pipeline_run_stage UNIQUE (run_id, position)
);

CREATE TABLE pipeline_held_message (
    id         VARCHAR(36)     NOT NULL,
    run_id     VARCHAR(36)     NOT NULL,
    stage      VARCHAR(100)    NOT NULL,
    body       VARCHAR(1000000) NOT NULL,
    properties VARCHAR(100000) NOT NULL,
    CONSTRAINT pk_pipeline_held_message PRIMARY KEY (id)
);
CREATE INDEX ix_pipeline_held_message_run ON pipeline_held_message (run_id);

CREATE TABLE pipeline_run_event (
    id          VARCHAR(36)              NOT NULL,
    run_id      VARCHAR(36)              NOT NULL,
    seq         INTEGER                  NOT NULL,
    stage       VARCHAR(100),
    status      VARCHAR(16)              NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    error       VARCHAR(4000),
    CONSTRAINT pk_pipeline_run_event PRIMARY KEY (id),
    CONSTRAINT uq_pipeline_run_event UNIQUE (run_id, seq)
);
