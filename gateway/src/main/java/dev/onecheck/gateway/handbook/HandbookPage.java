package dev.onecheck.gateway.handbook;

import static dev.onecheck.gateway.http.XhtmlPage.row;
import static dev.onecheck.gateway.http.XhtmlPage.text;

import java.math.BigDecimal;
import java.util.List;

import dev.onecheck.domain.catalog.Department;
import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.gateway.http.XhtmlPage;
import dev.onecheck.store.handbook.HandbookReader.Article;
import dev.onecheck.store.handbook.HandbookReader.CommonViolation;
import dev.onecheck.store.handbook.HandbookReader.Entry;
import dev.onecheck.store.handbook.HandbookReader.Handbook;
import dev.onecheck.store.penalty.PenaltyReader.CaseSummary;

/** 一业一册 as a page: the same document the GraphQL query answers, laid out for reading and printing. */
final class HandbookPage {

    private HandbookPage() {
    }

    static String of(Handbook h) {
        String title = h.industry().name() + " 一业一册经营指南";
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(text(title)).append("</h1>")
                .append("<p class=\"muted\">").append(text("行业代码 " + h.industry().code()
                        + "。本指南由综合监管平台依据监管事项清单、法律法规库、裁量基准和典型案例库生成，一次性告知经营要求。")).append("</p>");
        b.append("<h2>一、监管部门</h2><table>");
        h.departments().forEach(d -> b.append(row(d.department().name() + "（" + d.department().code() + "）", String.join("、", d.roles()))));
        b.append("</table>");
        if (!h.scenarios().isEmpty()) {
            b.append("<h2>二、综合查一次场景</h2>");
            h.scenarios().forEach(s -> b.append("<h3>").append(text(s.name())).append("</h3><p>").append(text(s.content())).append("</p>"));
        }
        b.append("<h2>三、检查事项与依据</h2>");
        h.items().forEach(e -> item(b, e));
        b.append("<h2>四、常见违法行为与处罚裁量（罚不罚、罚多少）</h2>");
        if (h.violations().isEmpty()) {
            b.append("<p>").append(text("暂无收录的常见违法行为。")).append("</p>");
        }
        h.violations().forEach(v -> violation(b, v));
        return XhtmlPage.page(title, b.toString());
    }

    private static void item(StringBuilder b, Entry e) {
        b.append("<h3>").append(text(e.item().name() + "（" + e.item().code() + "）")).append("</h3><table>")
                .append(row("检查内容", e.item().content()))
                .append(row("监管类型", e.item().type()))
                .append(row("监管对象", e.item().object()))
                .append(row("检查方式", String.join("、", e.item().methods())))
                .append(row("发起部门", e.initiating() == null ? null : e.initiating().name()))
                .append(row("配合部门", String.join("、", e.cooperating().stream().map(Department::name).toList())))
                .append("</table>");
        articles(b, "设定依据", e.basis());
    }

    private static void violation(StringBuilder b, CommonViolation v) {
        b.append("<h3>").append(text(v.violation().name())).append("</h3>");
        b.append("<p>").append(text("违法条款：" + String.join("、", v.violates().stream().map(Article::citation).toList())))
                .append("<br/>").append(text("处罚条款：" + String.join("、", v.penalizedBy().stream().map(Article::citation).toList())));
        if (v.department() != null) {
            b.append("<br/>").append(text("执法部门：" + v.department().name()));
        }
        b.append("</p>");
        articles(b, "处罚条款原文", v.penalizedBy());
        if (!v.tiers().isEmpty()) {
            b.append("<table><tr><th>裁量阶次</th><td><b>").append(text("适用情形")).append("</b></td><td><b>")
                    .append(text("处罚")).append("</b></td></tr>");
            v.tiers().forEach(t -> b.append("<tr><th>").append(text(t.level().label())).append("</th><td>").append(text(t.circumstances()))
                    .append("</td><td>").append(text(penalty(t))).append("</td></tr>"));
            b.append("</table>");
        }
        if (!v.cases().isEmpty()) {
            b.append("<p><b>").append(text("典型案例")).append("</b></p><ul>");
            v.cases().forEach(c -> b.append("<li>").append(text(caseLine(c))).append("</li>"));
            b.append("</ul>");
        }
    }

    private static void articles(StringBuilder b, String heading, List<Article> articles) {
        if (articles.isEmpty()) {
            return;
        }
        b.append("<p><b>").append(text(heading)).append("</b></p>");
        articles.forEach(a -> b.append("<p>").append(text(a.citation())).append("</p><div class=\"article\">")
                .append(text(a.provision().text())).append("</div>"));
    }

    static String penalty(Tier t) {
        StringBuilder s = new StringBuilder();
        Fine fine = t.fine();
        if (fine != null) {
            s.append(fine.kind() == Fine.Kind.FIXED
                    ? "罚款 " + yuan(fine.min()) + "–" + yuan(fine.max()) + " 元"
                    : "处" + fine.basis() + " " + plain(fine.min()) + "–" + plain(fine.max()) + " 倍罚款" + fine.capClause());
        }
        if (!t.measures().isEmpty()) {
            s.append(s.isEmpty() ? "" : "；").append(String.join("、", t.measures()));
        }
        return s.isEmpty() ? "不予处罚" : s.toString();
    }

    private static String caseLine(CaseSummary c) {
        return c.title() + (c.decisionDate() == null ? "" : "（" + c.decisionDate() + "）")
                + (c.decision() == null ? "" : "：" + c.decision());
    }

    private static String yuan(BigDecimal amount) {
        return String.format("%,d", amount.longValue());
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
