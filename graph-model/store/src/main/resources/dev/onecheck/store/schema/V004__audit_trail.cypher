// 全程留痕 (audit trail): one entry per mutation, written in the mutation's own transaction. Ids sort by time.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
CREATE INDEX audit_entry_actor IF NOT EXISTS FOR (a:AuditEntry) ON (a.actor);
CREATE INDEX audit_entry_target IF NOT EXISTS FOR (a:AuditEntry) ON (a.targetKey);
