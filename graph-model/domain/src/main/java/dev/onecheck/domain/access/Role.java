package dev.onecheck.domain.access;

/** Who is asking, as the identity provider says. Each role sees a different part of the graph. */
public enum Role {
    /** 公众: published data only (laws, cases, handbooks, items, scenarios). */
    PUBLIC,
    /** 企业: plus its own subject record and everything about it. */
    ENTERPRISE,
    /** 执法人员: plus subjects and work of its department, and joint work it takes part in. */
    OFFICER,
    /** 部门管理员: files plans and manages its department's officers. */
    DEPT_ADMIN,
    /** 监督 (司法局): reads everything, changes nothing. */
    SUPERVISOR
}
