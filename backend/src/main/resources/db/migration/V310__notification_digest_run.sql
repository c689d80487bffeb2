-- One row per day on which the daily digest was queued: with several nodes, the first to insert the day's row
-- queues the digest, the others find the row and skip (a unique key, not a node-local flag).
create table notification_digest_run (
    digest_day   varchar(10)  not null,
    started_at   ${timestamp} not null,
    constraint pk_notification_digest_run primary key (digest_day)
);
