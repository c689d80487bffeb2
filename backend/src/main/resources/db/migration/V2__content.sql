create table content_item (
    id                 varchar(36)  not null,
    status             varchar(20)  not null,
    owner              varchar(64)  not null,
    planner            varchar(64)  not null,
    theme              varchar(200),
    content_type       varchar(20)  not null,
    campaign           varchar(100),
    notes              varchar(2000),
    target_publish_at  ${timestamp},
    current_revision   integer      not null,
    approved_revision  integer,
    approved_fingerprint varchar(64),
    created_at         ${timestamp}    not null,
    updated_at         ${timestamp}    not null,
    version            bigint       not null,
    constraint pk_content_item primary key (id)
);
create index ix_content_item_owner_status on content_item (owner, status);
create index ix_content_item_status_updated on content_item (status, updated_at);
create index ix_content_item_target on content_item (target_publish_at);

create table content_revision (
    content_id    varchar(36)  not null,
    number        integer      not null,
    title         varchar(500) not null,
    body          ${clob}         not null,
    variants      ${clob}         not null,
    platforms     varchar(200) not null,
    tags          varchar(500) not null,
    sponsored     boolean      not null,
    crisis        boolean      not null,
    scheduled_at  ${timestamp},
    author        varchar(64)  not null,
    created_at    ${timestamp}    not null,
    fingerprint   varchar(64)  not null,
    constraint pk_content_revision primary key (content_id, number),
    constraint fk_content_revision_item foreign key (content_id) references content_item (id)
);

create table content_platform (
    content_id varchar(36) not null,
    platform   varchar(20) not null,
    constraint pk_content_platform primary key (content_id, platform),
    constraint fk_content_platform_item foreign key (content_id) references content_item (id)
);
create index ix_content_platform_platform on content_platform (platform);

create table attachment_blob (
    sha256      varchar(64)  not null,
    media_type  varchar(100) not null,
    size_bytes  bigint       not null,
    created_at  ${timestamp}    not null,
    constraint pk_attachment_blob primary key (sha256)
);

create table content_attachment (
    content_id  varchar(36)  not null,
    revision    integer      not null,
    sha256      varchar(64)  not null,
    file_name   varchar(255) not null,
    constraint pk_content_attachment primary key (content_id, revision, sha256),
    constraint fk_content_attachment_blob foreign key (sha256) references attachment_blob (sha256)
);

create table screening_report (
    content_id   varchar(36) not null,
    revision     integer     not null,
    blocking     boolean     not null,
    legal_required boolean   not null,
    rule_pack_hash varchar(64) not null,
    report       ${clob}        not null,
    created_at   ${timestamp}   not null,
    constraint pk_screening_report primary key (content_id, revision)
);

create table review_decision (
    id          bigint       not null auto_increment,
    content_id  varchar(36)  not null,
    revision    integer      not null,
    step        varchar(20)  not null,
    outcome     varchar(20)  not null,
    actor       varchar(64)  not null,
    comment     varchar(4000),
    dispositions ${clob}        not null,
    fingerprint varchar(64)  not null,
    decided_at  ${timestamp}    not null,
    constraint pk_review_decision primary key (id)
);
create index ix_review_decision_content on review_decision (content_id, revision);

create table delivery (
    content_id     varchar(36)  not null,
    revision       integer      not null,
    platform       varchar(20)  not null,
    idempotency_key varchar(100) not null,
    state          varchar(20)  not null,
    attempts       integer      not null,
    remote_id      varchar(200),
    remote_url     varchar(1000),
    last_error     varchar(2000),
    published_at   ${timestamp},
    updated_at     ${timestamp}    not null,
    constraint pk_delivery primary key (content_id, revision, platform),
    constraint uq_delivery_key unique (idempotency_key)
);

create table outbox_post (
    idempotency_key varchar(100) not null,
    platform        varchar(20)  not null,
    content_id      varchar(36)  not null,
    revision        integer      not null,
    rendered        ${clob}         not null,
    created_at      ${timestamp}    not null,
    constraint pk_outbox_post primary key (idempotency_key)
);
