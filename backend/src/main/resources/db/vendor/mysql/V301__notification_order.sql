-- Notifications made within one second (MySQL/MariaDB store whole seconds) keep the order they were made in.
alter table notification add column seq bigint not null auto_increment unique;
create index ix_notification_recipient_seq on notification (recipient, seq);
