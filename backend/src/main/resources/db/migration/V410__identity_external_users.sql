-- Users who sign in through an OpenID Connect provider: the provider (issuer) and its subject identify them;
-- they have no usable local password (password_hash is empty and password login refuses them).
alter table app_user add column external_issuer varchar(255);
alter table app_user add column external_subject varchar(255);
