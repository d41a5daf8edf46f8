package dev.onecheck.domain.penalty.advice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.onecheck.domain.penalty.DiscretionStandard;
import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.Threshold;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.domain.penalty.TierCondition;
import dev.onecheck.domain.penalty.TierLevel;
import dev.onecheck.domain.penalty.advice.StatutoryFine.Circumstance;
import dev.onecheck.domain.penalty.derive.ViolationDeriver;

/**
 * 通用裁量规则: how to split a statutory fine into tiers where no local 裁量基准 exists, as a rule set a province or city
 * replaces (data, versioned, in effect from a date). A range with a minimum (五千元以上五万元以下, 十倍以上二十倍以下) is
 * split by {@code range} — 从轻 below the middle, 一般 around it, 从重 at or above; a maximum only (五万元以下, 五倍以下)
 * by {@code maximumOnly}; 减轻 is below the statutory minimum (行政处罚法 第三十二条), and only where there is one. Bands
 * are fractions of the width of the range above its minimum. With {@code firstOffenceWaiver} the standard lists
 * 第三十三条第一款's 初次违法且危害后果轻微并及时改正的，可以不予行政处罚 for every act; 轻微、及时改正、无危害后果 →
 * 不予处罚 applies anyway ({@link PenaltyAdvisor}).
 */
public record GeneralDiscretionRules(String code, String title, String version, LocalDate effectiveFrom, String basis, Split range,
                                     Split maximumOnly, boolean firstOffenceWaiver) {

    /** Standards made from a rule set carry codes with this prefix, so an advice tells which basis it used. */
    public static final String STANDARD_PREFIX = "GENERAL/";

    static final String FIRST_OFFENCE = "初次违法且危害后果轻微并及时改正的，可以不予行政处罚（《行政处罚法》第三十三条第一款）";
    private static final BigDecimal FEN = new BigDecimal("0.01");
    private static final BigDecimal TENTH_OF_A_PERCENT = new BigDecimal("0.001");

    /** One band: from–to as fractions (0–1) of the range's width above its minimum. */
    public record Band(BigDecimal from, BigDecimal to) {

        public Band {
            if (from == null || to == null || from.signum() < 0 || to.compareTo(BigDecimal.ONE) > 0 || from.compareTo(to) > 0) {
                throw new IllegalArgumentException("a band needs 0 ≤ from ≤ to ≤ 1, got " + from + "–" + to);
            }
        }
    }

    /** The three bands of a range. */
    public record Split(Band lighter, Band ordinary, Band heavier) {

        public Split {
            if (lighter == null || ordinary == null || heavier == null) {
                throw new IllegalArgumentException("a split needs 从轻, 一般 and 从重 bands");
            }
        }
    }

    public GeneralDiscretionRules {
        if (code == null || code.isBlank() || title == null || title.isBlank() || version == null || version.isBlank() || effectiveFrom == null) {
            throw new IllegalArgumentException("a rule set needs its code, title, version and effective date");
        }
        if (range == null || maximumOnly == null) {
            throw new IllegalArgumentException("rule set " + code + " needs the range and maximum-only splits");
        }
    }

    /** The code of the standards this rule set makes, which {@link #isGeneral} recognises. */
    public String standardCode() {
        return STANDARD_PREFIX + code + "@" + version;
    }

    public static boolean isGeneral(String standardCode) {
        return standardCode != null && standardCode.startsWith(STANDARD_PREFIX);
    }

    /**
     * The 裁量基准 this rule set gives a penalty paragraph: for each fine on the party that the facts can meet (the
     * ordinary one, 拒不改正的, 情节严重的, an amount threshold), its 从轻/一般/从重 (and 减轻) tiers, with the measures
     * the paragraph imposes at once ({@code measures}); a paragraph without a readable fine gets one 一般 tier with its
     * measures, to be fined as the text says.
     */
    public DiscretionStandard standardFor(String penaltyText, List<String> measures) {
        List<Tier> tiers = new ArrayList<>();
        if (firstOffenceWaiver) {
            tiers.add(new Tier(TierLevel.NO_PENALTY, FIRST_OFFENCE, null, null, null, List.of("责令改正")));
        }
        for (StatutoryFine f : party(StatutoryFines.parse(penaltyText))) {
            tiersOf(f, measures).ifPresent(tiers::addAll);
        }
        if (tiers.stream().noneMatch(t -> t.level() != TierLevel.NO_PENALTY)) {
            tiers.add(new Tier(TierLevel.ORDINARY, "法定罚款幅度未能从条文读出，依条文处罚（" + title + "）", null, null, null, measures));
        } else if (tiers.stream().noneMatch(t -> t.level() != TierLevel.NO_PENALTY && t.condition() == null && t.when() == null)
                && measures.stream().anyMatch(ViolationDeriver::isPenalty)) {
            // 核安全法 第七十七条 "责令改正，给予警告；情节严重的，处…罚款": every fine waits for a condition, but the 警告 does not
            tiers.add(new Tier(TierLevel.ORDINARY, "依条文给予" + String.join("、", measures.stream().filter(ViolationDeriver::isPenalty).toList())
                    + "，不并处罚款（" + title + "）", null, null, null, measures));
        }
        return new DiscretionStandard(standardCode(), title, tiers);
    }

    private static List<StatutoryFine> party(List<StatutoryFine> fines) {
        return fines.stream().filter(f -> f.fine() != null && !f.onResponsiblePersons()).toList();
    }

    /** The tiers of one fine; empty when it needs a condition the facts cannot state (造成严重后果的, 违法经营额…). */
    private Optional<List<Tier>> tiersOf(StatutoryFine statutory, List<String> measures) {
        TierCondition condition = null;
        Threshold threshold = null;
        for (String c : statutory.conditions()) {
            Circumstance kind = StatutoryFines.circumstance(c);
            switch (kind) {
                case SERIOUS -> condition = TierCondition.SERIOUS;
                case REFUSED -> condition = condition == TierCondition.SERIOUS ? condition : TierCondition.REFUSED_CORRECTION;
                // "拒不改正或者情节严重的": either fact opens the fine, not the refusal alone
                case REFUSED_OR_SERIOUS -> condition = condition == TierCondition.SERIOUS ? condition : TierCondition.REFUSED_OR_SERIOUS;
                case AMOUNT -> {
                    Optional<Threshold> t = StatutoryFines.threshold(c);
                    if (t.isEmpty() && !c.contains("没有") && !c.contains("无法") && !c.contains("偏低")) {
                        return Optional.empty();
                    }
                    threshold = t.orElse(null);
                }
                case OTHER -> {
                    return Optional.empty();
                }
            }
        }
        Fine fine = statutory.fine();
        String when = statutory.conditions().isEmpty() ? "" : String.join("，", statutory.conditions()) + "：";
        String of = "（法定" + describe(fine) + "，" + title + "）";
        List<Tier> tiers = new ArrayList<>();
        if (fine.min().compareTo(fine.max()) == 0) {
            tiers.add(new Tier(TierLevel.ORDINARY, when + "按法定数额处罚" + of, condition, threshold, fine, measures));
            return Optional.of(tiers);
        }
        Split split = fine.min().signum() > 0 ? range : maximumOnly;
        if (fine.min().signum() > 0) {
            BigDecimal below = fine.min().subtract(fine.kind() == Fine.Kind.FIXED ? FEN : TENTH_OF_A_PERCENT).max(BigDecimal.ZERO);
            tiers.add(new Tier(TierLevel.MITIGATED, when + "有法定减轻情节的，在法定最低罚款数额以下处罚" + of, condition, threshold,
                    new Fine(fine.kind(), fine.basis(), BigDecimal.ZERO, below), measures));
        }
        tiers.add(tier(TierLevel.LIGHTER, when + "有从轻情节的", split.lighter(), fine, of, condition, threshold, measures));
        tiers.add(tier(TierLevel.ORDINARY, when + "无从轻、从重情节的", split.ordinary(), fine, of, condition, threshold, measures));
        tiers.add(tier(TierLevel.HEAVIER, when + "有从重情节的", split.heavier(), fine, of, condition, threshold, measures));
        return Optional.of(tiers);
    }

    private static Tier tier(TierLevel level, String circumstances, Band band, Fine fine, String of, TierCondition condition, Threshold threshold,
                             List<String> measures) {
        BigDecimal width = fine.max().subtract(fine.min());
        Fine part = new Fine(fine.kind(), fine.basis(), at(fine, width, band.from()), at(fine, width, band.to()));
        return new Tier(level, circumstances + of, condition, threshold, part, measures);
    }

    private static BigDecimal at(Fine fine, BigDecimal width, BigDecimal fraction) {
        return fine.min().add(width.multiply(fraction)).setScale(fine.kind() == Fine.Kind.FIXED ? 2 : 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String describe(Fine fine) {
        String min = fine.min().stripTrailingZeros().toPlainString();
        String max = fine.max().stripTrailingZeros().toPlainString();
        return fine.kind() == Fine.Kind.FIXED ? (fine.min().signum() > 0 ? min + "元以上" : "") + max + "元以下"
                : fine.basis() + (fine.min().signum() > 0 ? min + "倍以上" : "") + max + "倍以下";
    }
}
