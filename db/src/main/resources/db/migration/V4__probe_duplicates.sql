-- Deliveries of a probe after it was handled: what at-least-once delivery repeated (a crash
-- between the handler's commit and the broker's acknowledgement). The reliability harness counts them.
ALTER TABLE probe ADD COLUMN duplicates INTEGER DEFAULT 0 NOT NULL;
