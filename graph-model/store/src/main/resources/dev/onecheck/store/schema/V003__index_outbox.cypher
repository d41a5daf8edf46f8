// 索引发件箱 (search outbox): one pending entry per changed aggregate, written in the same transaction as the change.
CREATE CONSTRAINT index_outbox_entry IF NOT EXISTS FOR (o:IndexOutbox) REQUIRE (o.kind, o.key) IS UNIQUE;
