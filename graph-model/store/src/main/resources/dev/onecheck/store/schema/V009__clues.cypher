// 线索归集与研判分办 (#23): a work order from a source is one clue — submitting it again finds it, never a second.
CREATE CONSTRAINT clue_id IF NOT EXISTS FOR (c:Clue) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT clue_work_order IF NOT EXISTS FOR (c:Clue) REQUIRE (c.source, c.workOrder) IS UNIQUE;
// A department's clues (received by it) and clues about a firm (多源线索归并).
CREATE INDEX clue_receiving_department IF NOT EXISTS FOR (c:Clue) ON (c.receivingDepartment);
CREATE INDEX clue_uscc IF NOT EXISTS FOR (c:Clue) ON (c.uscc);
