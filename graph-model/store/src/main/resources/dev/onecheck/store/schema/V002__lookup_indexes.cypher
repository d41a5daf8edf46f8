// Lookups the loaders and the gateway make besides natural keys.
// 法律简称 + 效力状态: resolving 设定依据 to the version in force.
CREATE INDEX law_short_title_status IF NOT EXISTS FOR (l:Law) ON (l.shortTitle, l.status);
CREATE INDEX provision_article IF NOT EXISTS FOR (p:Provision) ON (p.article);
CREATE INDEX subject_credit IF NOT EXISTS FOR (s:Subject) ON (s.credit);
