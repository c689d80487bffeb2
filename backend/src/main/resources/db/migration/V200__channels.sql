-- Where each platform's posts go. A platform without a row here publishes to the outbox.
-- secret_cipher is AES-GCM ciphertext (see publishing/SecretCipher); the plain secret is never stored.
create table channel (
    id                 varchar(36)   not null,
    platform           varchar(20)   not null,
    account_name       varchar(200)  not null,
    adapter            varchar(20)   not null,
    url                varchar(1000),
    secret_cipher      varchar(1000),
    allow_http         boolean       not null,
    allow_loopback     boolean       not null,
    timeout_millis     integer       not null,
    created_at         ${timestamp}  not null,
    updated_at         ${timestamp}  not null,
    constraint pk_channel primary key (id),
    constraint uq_channel_platform unique (platform)
);
