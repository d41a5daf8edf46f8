// 检查计划、双随机抽取、检查任务、入企检查 (#6). Codes are natural keys; draws hang off their plan.
CREATE CONSTRAINT plan_code IF NOT EXISTS FOR (p:Plan) REQUIRE p.code IS UNIQUE;
CREATE CONSTRAINT draw_plan IF NOT EXISTS FOR (d:Draw) REQUIRE d.plan IS UNIQUE;
CREATE CONSTRAINT task_code IF NOT EXISTS FOR (t:Task) REQUIRE t.code IS UNIQUE;
CREATE CONSTRAINT inspection_code IF NOT EXISTS FOR (v:Inspection) REQUIRE v.code IS UNIQUE;
// Caps and merging read a firm's visits of a year; metrics read all visits of a year.
CREATE INDEX inspection_uscc IF NOT EXISTS FOR (v:Inspection) ON (v.uscc);
CREATE INDEX inspection_year IF NOT EXISTS FOR (v:Inspection) ON (v.year);
