-- Assisted channels name who publishes by hand (a group or a user); a disabled channel publishes nothing.
alter table channel add column publisher_group varchar(32);
alter table channel add column publisher_user varchar(64);
alter table channel add column enabled boolean default true not null;
-- A delivery published by hand: what the person pasted as published, whether it matched the approved text,
-- and the screenshot's hash (the file is under the proof directory).
alter table delivery add column published_text ${clob};
alter table delivery add column text_matches boolean;
alter table delivery add column proof_sha256 varchar(64);
alter table delivery add column proof_media_type varchar(100);
alter table delivery add column recorded_by varchar(64);
