// 派生违法行为 are replaced law by law (法律简称): without this index each law of a load scanned every violation.
CREATE INDEX violation_law IF NOT EXISTS FOR (v:Violation) ON (v.law);
