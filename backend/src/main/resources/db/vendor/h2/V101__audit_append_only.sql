-- H2: the chain identity and the triggers that make the audit tables append-only.
insert into audit_chain (id, chain_id, created_at) values (1, cast(random_uuid() as varchar(36)), 0);

create trigger audit_entry_append_only before update, delete on audit_entry
    for each row call 'io.postgate.audit.h2.AppendOnlyTrigger';
create trigger audit_chain_append_only before update, delete on audit_chain
    for each row call 'io.postgate.audit.h2.AppendOnlyTrigger';
