package dev.onecheck.domain.penalty.advice;

import java.util.Optional;

import dev.onecheck.domain.penalty.DiscretionStandard;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.domain.penalty.TierLevel;

/**
 * The 不予处罚 tier of a 裁量基准 as an entry of the city's lists, with the conditions it carries. The shipped standards
 * state them only in the entry's wording, so they are read from it here, in one place: an entry naming 初次违法 is a
 * 首违不罚 entry of 第三十三条第一款 (and needs no harm where it says 没有/未造成危害后果); one that orders correction
 * (责令改正, 责令限期改正) is where the penalty article itself only orders correction unless the order is refused; any
 * other (免予处罚 under 食品安全法 第一百三十六条 …) applies only through the rule it cites.
 */
record ListEntry(Tier tier, Kind kind, boolean needsNoHarm) {

    enum Kind {
        FIRST_OFFENCE, CORRECTION_ONLY, OTHER
    }

    static Optional<ListEntry> of(DiscretionStandard standard) {
        return standard.tiers().stream().filter(t -> t.level() == TierLevel.NO_PENALTY).findFirst().map(ListEntry::of);
    }

    private static ListEntry of(Tier tier) {
        String text = text(tier);
        Kind kind = text.contains("初次违法") ? Kind.FIRST_OFFENCE : ordersCorrection(text) ? Kind.CORRECTION_ONLY : Kind.OTHER;
        return new ListEntry(tier, kind, text.contains("没有造成危害后果") || text.contains("未造成危害后果"));
    }

    /**
     * Whether the entry's wording orders correction (医疗保障基金使用监督管理条例's "违规行为未造成医疗保障基金损失的，依照第三十八条
     * 责令改正…；或者…初次违法…" too): the tier an answer that only orders correction may show.
     */
    boolean ordersCorrection() {
        return ordersCorrection(text(tier));
    }

    private static boolean ordersCorrection(String text) {
        return text.contains("责令改正") || text.contains("责令限期改正");
    }

    private static String text(Tier tier) {
        return tier.circumstances() == null ? "" : tier.circumstances();
    }
}
