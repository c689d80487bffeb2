-- The audit trail (io.postgate.audit). Entries and the chain row are append-only: the vendor
-- migrations V101 add triggers that reject UPDATE and DELETE. Times are epoch milliseconds (UTC), so
-- the hashed value survives every driver exactly. Personal data lives in audit_subject and
-- audit_personal_value, which erasure deletes from; the hashed entries hold only salted commitments
-- (SHA-256 of salt and value), so verification survives erasure. See docs/audit.md.

create table audit_chain (
    id         int         not null,
    chain_id   varchar(36) not null,
    created_at bigint      not null,
    constraint pk_audit_chain primary key (id)
);

create table audit_entry (
    sequence_no   bigint       not null,
    recorded_at   bigint       not null,
    actor_ref     varchar(64)  not null,
    actor_roles   varchar(200) not null,
    content_id    varchar(64),
    revision      int,
    event_type    varchar(100) not null,
    platforms     varchar(500),
    payload       longtext     not null,
    previous_hash char(64)     not null,
    entry_hash    char(64)     not null,
    constraint pk_audit_entry primary key (sequence_no)
);

create index ix_audit_entry_content on audit_entry (content_id, sequence_no);
create index ix_audit_entry_actor on audit_entry (actor_ref, sequence_no);
create index ix_audit_entry_type on audit_entry (event_type, sequence_no);
create index ix_audit_entry_time on audit_entry (recorded_at);

create table audit_subject (
    subject_id char(64)     not null,
    username   varchar(200) not null,
    salt       char(64)     not null,
    created_at bigint       not null,
    constraint pk_audit_subject primary key (subject_id),
    constraint uq_audit_subject_username unique (username)
);

create table audit_personal_value (
    token       char(64)      not null,
    subject_id  char(64),
    sequence_no bigint        not null,
    salt        char(64)      not null,
    personal_value varchar(2000) not null,
    constraint pk_audit_personal_value primary key (token)
);

create index ix_audit_personal_value_subject on audit_personal_value (subject_id);
