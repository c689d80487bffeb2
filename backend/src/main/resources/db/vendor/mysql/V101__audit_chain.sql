-- MySQL/MariaDB: the identity of this database's audit chain (names its checkpoint directory).
insert into audit_chain (id, chain_id, created_at) values (1, uuid(), 0);
