package dev.onecheck.loaders.penalty;

import java.util.List;
import java.util.function.Function;

import dev.onecheck.domain.law.LawReference;
import dev.onecheck.domain.penalty.DiscretionStandard;
import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.PenaltyCase;
import dev.onecheck.domain.penalty.Threshold;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.domain.penalty.TierCondition;
import dev.onecheck.domain.penalty.TierLevel;
import dev.onecheck.domain.penalty.Violation;
import dev.onecheck.loaders.sheet.JsonEntry;

/** JSON entries of violations.json and cases.json (format: loaders/sample-data/FORMATS.md) to domain records. */
final class PenaltyEntries {

    private PenaltyEntries() {
    }

    static Violation violation(JsonEntry e) {
        JsonEntry standard = e.object("standard");
        if (standard == null) {
            throw e.error("standard", "is missing: every violation carries its discretion standard (裁量基准)");
        }
        List<LawReference> penalizedBy = references(e, "penalizedBy");
        if (penalizedBy.isEmpty()) {
            throw e.error("penalizedBy", "is empty: name the article that penalises (处罚条款)");
        }
        List<Tier> tiers = standard.objects("tiers").stream().map(PenaltyEntries::tier).toList();
        if (tiers.isEmpty()) {
            throw standard.error("tiers", "is empty");
        }
        return new Violation(e.required("code"), e.required("name"), e.strings("aliases"), e.required("domain"),
                e.required("department"), references(e, "violates"), penalizedBy,
                new DiscretionStandard(standard.required("code"), standard.required("title"), tiers));
    }

    private static Tier tier(JsonEntry t) {
        TierLevel level = labelled(t, "level", TierLevel::ofLabel);
        TierCondition condition = t.text("condition") == null ? null : labelled(t, "condition", TierCondition::ofLabel);
        JsonEntry when = t.object("when");
        JsonEntry fine = t.object("fine");
        try {
            return new Tier(level, t.required("circumstances"), condition,
                    when == null ? null : new Threshold(when.required("basis"), when.amount("atLeast"), when.amount("below")),
                    fine == null ? null : fine(fine), t.strings("measures"));
        } catch (IllegalArgumentException ex) {
            throw t.error("", ex.getMessage());
        }
    }

    /** A Chinese label (一般, 情节严重 …) to its constant; an unknown one is an error naming the field. */
    private static <T> T labelled(JsonEntry e, String field, Function<String, T> ofLabel) {
        try {
            return ofLabel.apply(e.required(field));
        } catch (IllegalArgumentException ex) {
            throw e.error(field, ex.getMessage());
        }
    }

    private static Fine fine(JsonEntry f) {
        Fine.Kind kind = switch (f.required("kind")) {
            case "fixed" -> Fine.Kind.FIXED;
            case "multiple" -> Fine.Kind.MULTIPLE;
            default -> throw f.error("kind", "must be fixed or multiple");
        };
        try {
            return new Fine(kind, f.text("basis"), f.amount("min"), f.amount("max"), f.amount("cap"));
        } catch (IllegalArgumentException ex) {
            throw f.error("", ex.getMessage());
        }
    }

    static PenaltyCase penaltyCase(JsonEntry e) {
        TierLevel tier = labelled(e, "tier", TierLevel::ofLabel);
        return new PenaltyCase(e.required("code"), e.required("title"), e.date("decisionDate"), e.required("department"),
                e.required("subjectName"), e.required("violation"), tier, e.required("facts"), e.required("decision"),
                e.amount("fine"), e.amount("confiscated"), references(e, "cites"), e.bool("published", true));
    }

    private static List<LawReference> references(JsonEntry e, String field) {
        return e.objects(field).stream().map(r -> {
            try {
                return new LawReference(r.required("law"), r.positiveInt("article"), r.count("suffix"), r.count("paragraph"),
                        r.count("item"));
            } catch (IllegalArgumentException ex) {
                throw r.error("", ex.getMessage());
            }
        }).toList();
    }
}
