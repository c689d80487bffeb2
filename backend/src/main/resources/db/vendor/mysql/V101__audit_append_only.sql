-- MySQL/MariaDB: the chain identity and the triggers that make the audit tables append-only.
insert into audit_chain (id, chain_id, created_at) values (1, uuid(), 0);

create trigger audit_entry_no_update before update on audit_entry
    for each row signal sqlstate '45000' set message_text = 'audit_entry is append-only: updates are rejected';
create trigger audit_entry_no_delete before delete on audit_entry
    for each row signal sqlstate '45000' set message_text = 'audit_entry is append-only: deletes are rejected';
create trigger audit_chain_no_update before update on audit_chain
    for each row signal sqlstate '45000' set message_text = 'audit_chain is append-only: updates are rejected';
create trigger audit_chain_no_delete before delete on audit_chain
    for each row signal sqlstate '45000' set message_text = 'audit_chain is append-only: deletes are rejected';
