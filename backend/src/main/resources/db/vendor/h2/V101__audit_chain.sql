-- H2: the identity of this database's audit chain (names its checkpoint directory).
insert into audit_chain (id, chain_id, created_at) values (1, cast(random_uuid() as varchar(36)), 0);
