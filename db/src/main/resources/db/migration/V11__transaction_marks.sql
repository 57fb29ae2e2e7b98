-- Commit marks of the transaction manager (server-config/src/main/cli/35-transactions.cli): when a
-- transaction spans the broker and this database, the database commits last and in the same local
-- transaction records the transaction's id here. After a crash between that commit and the
-- transaction manager's own log write, recovery finds the mark and commits the broker's prepared
-- part instead of rolling it back. Narayana writes and deletes the rows; the column names are its.
CREATE TABLE courier_xids (
    xid                  BYTEA,
    transactionManagerID VARCHAR(64),
    actionuid            BYTEA
);
CREATE UNIQUE INDEX ix_courier_xids_xid ON courier_xids (xid);
