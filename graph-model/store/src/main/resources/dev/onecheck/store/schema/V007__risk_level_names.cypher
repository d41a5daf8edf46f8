// 风险等级 in one stored form, the enum's name (LOW/MEDIUM/HIGH), as plans and draws store it; subjects loaded
// before this stored the label (低/中/高). Safe to repeat: names are left as they are.
MATCH (s:Subject) WHERE s.risk IN ['低', '中', '高']
SET s.risk = CASE s.risk WHEN '低' THEN 'LOW' WHEN '中' THEN 'MEDIUM' ELSE 'HIGH' END;
