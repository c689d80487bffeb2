-- MySQL/MariaDB: triggers that make the audit tables append-only. AuditTamperingIntegrationTests re-runs this script.
create trigger audit_entry_no_update before update on audit_entry
    for each row signal sqlstate '45000' set message_text = 'audit_entry is append-only: updates are rejected';
create trigger audit_entry_no_delete before delete on audit_entry
    for each row signal sqlstate '45000' set message_text = 'audit_entry is append-only: deletes are rejected';
create trigger audit_chain_no_update before update on audit_chain
    for each row signal sqlstate '45000' set message_text = 'audit_chain is append-only: updates are rejected';
create trigger audit_chain_no_delete before delete on audit_chain
    for each row signal sqlstate '45000' set message_text = 'audit_chain is append-only: deletes are rejected';
