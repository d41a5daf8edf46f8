// 自然键 (natural keys): every aggregate is merged on these, so loading twice changes nothing.
CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE;
// 行政区划 GB/T 2260
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (r:Region) REQUIRE r.code IS UNIQUE;
// 部门
CREATE CONSTRAINT department_code IF NOT EXISTS FOR (d:Department) REQUIRE d.code IS UNIQUE;
// 监管事项 事项编码
CREATE CONSTRAINT item_code IF NOT EXISTS FOR (i:Item) REQUIRE i.code IS UNIQUE;
// 综合查一次场景
CREATE CONSTRAINT scenario_code IF NOT EXISTS FOR (s:Scenario) REQUIRE s.code IS UNIQUE;
// 国民经济行业分类 GB/T 4754
CREATE CONSTRAINT industry_code IF NOT EXISTS FOR (i:Industry) REQUIRE i.code IS UNIQUE;
// 统一社会信用代码 GB 32100
CREATE CONSTRAINT subject_uscc IF NOT EXISTS FOR (s:Subject) REQUIRE s.uscc IS UNIQUE;
// 法律法规 (one node per version) and 条款
CREATE CONSTRAINT law_id IF NOT EXISTS FOR (l:Law) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT provision_id IF NOT EXISTS FOR (p:Provision) REQUIRE p.id IS UNIQUE;
// 违法行为, 裁量基准, 典型案例
CREATE CONSTRAINT violation_code IF NOT EXISTS FOR (v:Violation) REQUIRE v.code IS UNIQUE;
CREATE CONSTRAINT standard_code IF NOT EXISTS FOR (s:DiscretionStandard) REQUIRE s.code IS UNIQUE;
CREATE CONSTRAINT case_code IF NOT EXISTS FOR (c:Case) REQUIRE c.code IS UNIQUE;
// 执法人员 执法证号
CREATE CONSTRAINT officer_certificate IF NOT EXISTS FOR (o:Officer) REQUIRE o.certificateNo IS UNIQUE;
CREATE INDEX law_title IF NOT EXISTS FOR (l:Law) ON (l.title);
CREATE INDEX subject_name IF NOT EXISTS FOR (s:Subject) ON (s.name);
