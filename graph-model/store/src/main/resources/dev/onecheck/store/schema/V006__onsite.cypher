// 行政行为码、检查结果、整改、查后评价与申诉 (#7).
CREATE CONSTRAINT action_code_id IF NOT EXISTS FOR (c:ActionCode) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT item_result_key IF NOT EXISTS FOR (r:ItemResult) REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rectification_code IF NOT EXISTS FOR (z:Rectification) REQUIRE z.code IS UNIQUE;
CREATE CONSTRAINT rating_inspection IF NOT EXISTS FOR (g:Rating) REQUIRE g.inspection IS UNIQUE;
CREATE CONSTRAINT appeal_id IF NOT EXISTS FOR (a:Appeal) REQUIRE a.id IS UNIQUE;
// A firm's rectifications (企业端) and published results (公示) are read by firm.
CREATE INDEX rectification_uscc IF NOT EXISTS FOR (z:Rectification) ON (z.uscc);
CREATE INDEX task_uscc IF NOT EXISTS FOR (t:Task) ON (t.uscc);
