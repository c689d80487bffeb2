-- In-app notifications, per-user delivery preferences and the e-mail outbox that retries failed sends.
create table notification (
    id           varchar(36)  not null,
    recipient    varchar(64)  not null,
    kind         varchar(40)  not null,
    content_id   varchar(36),
    title        varchar(500) not null,
    created_at   ${timestamp} not null,
    read_at      ${timestamp},
    constraint pk_notification primary key (id)
);
create index ix_notification_recipient_created on notification (recipient, created_at);

create table notification_preference (
    username     varchar(64)  not null,
    delivery     varchar(20)  not null,
    email        varchar(320),
    constraint pk_notification_preference primary key (username)
);

create table notification_mail (
    id              varchar(36)   not null,
    recipient       varchar(64)   not null,
    address         varchar(320)  not null,
    subject         varchar(500)  not null,
    body            ${clob}       not null,
    sent_at         ${timestamp},
    attempts        integer       not null,
    next_attempt_at ${timestamp}  not null,
    last_error      varchar(1000),
    created_at      ${timestamp}  not null,
    constraint pk_notification_mail primary key (id)
);
create index ix_notification_mail_due on notification_mail (sent_at, next_attempt_at);
