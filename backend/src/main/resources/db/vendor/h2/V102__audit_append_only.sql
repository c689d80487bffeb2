-- H2: triggers that make the audit tables append-only. AuditTamperingIntegrationTests re-runs this script.
create trigger audit_entry_append_only before update, delete on audit_entry
    for each row call 'io.postgate.audit.h2.AppendOnlyTrigger';
create trigger audit_chain_append_only before update, delete on audit_chain
    for each row call 'io.postgate.audit.h2.AppendOnlyTrigger';
