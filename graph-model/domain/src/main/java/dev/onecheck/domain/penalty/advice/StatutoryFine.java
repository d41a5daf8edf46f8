package dev.onecheck.domain.penalty.advice;

import java.util.List;

import dev.onecheck.domain.penalty.Fine;

/**
 * One fine a penalty article prescribes (法定罚款幅度), as printed. {@code addressee} is whom the article names for it
 * (对单位处…, 对广告主处…, 对其直接负责的主管人员…处…); null for the party the article is about. {@code conditions} are
 * the clauses it needs beyond the act itself, verbatim and in order (逾期未改正的, 情节严重的, 货值金额不足一万元的,
 * 广告费用无法计算或者明显偏低的); empty for the ordinary fine. {@code fine} is null for 处以罚款 without an amount:
 * the article fines, but leaves the amount to another provision. {@code actor}: the addressee is the one who acted, though
 * the article names it like responsible persons (内河交通安全管理条例 第六十六条 "未经考试合格…的人员擅自从事船舶航行的，…
 * 对直接责任人员处2000元以上2万元以下的罚款，并对聘用单位处…" — the 人员 who sailed, not persons fined beside a unit).
 */
public record StatutoryFine(String addressee, List<String> conditions, Fine fine, boolean actor) {

    /** How the facts of a case can meet a condition. */
    public enum Circumstance {
        /** 货值金额不足一万元的, 没有违法所得的, 广告费用无法计算或者明显偏低的: the amount of a basis decides. */
        AMOUNT,
        /** 拒不改正的, 逾期未改正的, 拒不执行的. */
        REFUSED,
        /** 情节严重的, 有其他严重情节的, 情节较重的. */
        SERIOUS,
        /** 拒不改正或者情节严重的: either will do. */
        REFUSED_OR_SERIOUS,
        /** Anything the facts do not record (情节特别严重的, 造成重大损失的, another act of the same article). */
        OTHER
    }

    public StatutoryFine {
        conditions = List.copyOf(conditions);
    }

    /** A fine on the party or on persons beside it, not on an actor named as 直接责任人员. */
    public StatutoryFine(String addressee, List<String> conditions, Fine fine) {
        this(addressee, conditions, fine, false);
    }

    /** 直接负责的主管人员和其他直接责任人员, 法定代表人, 主要负责人: persons fined beside the party (双罚), never the party. */
    public boolean onResponsiblePersons() {
        return addressee != null && !actor && StatutoryFines.RESPONSIBLE_PERSONS.matcher(addressee).find();
    }
}
