package dev.onecheck.domain.penalty.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The procedure flags of 行政处罚法 on real articles: 第五十一条 "对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的
 * 行政处罚的，可以当场作出行政处罚决定"; 第六十三条 "（二）没收较大数额违法所得、没收较大价值非法财物；…（四）责令停产停业、责令关闭、
 * 限制从业"; 第二十七条 "违法行为涉嫌犯罪的，行政机关应当及时将案件移送司法机关".
 */
class ProcedureTest {

    /** 烟花爆竹安全管理条例 第四十二条第二款, verbatim. */
    private static final String FIREWORKS_42_2 = "在禁止燃放烟花爆竹的时间、地点燃放烟花爆竹，或者以危害公共安全和人身、财产安全的方式燃放烟花爆竹的，"
            + "由公安部门责令停止燃放，处100元以上500元以下的罚款；构成违反治安管理行为的，依法给予治安管理处罚。";
    /** 食品安全法 第一百二十三条第一款, its opening, verbatim. */
    private static final String FOOD_123 = "违反本法规定，有下列情形之一，尚不构成犯罪的，由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品";
    /** 娱乐场所管理条例 第四十四条, its opening, verbatim. */
    private static final String ENTERTAINMENT_44 = "娱乐场所违反本条例规定，有下列情形之一的，由县级公安部门责令改正，给予警告；情节严重的，责令停业整顿1个月至3个月：";

    private static Procedure procedure(ViolationFacts facts, String text) {
        return new Procedure(PenaltyAdvisorTest.HEARING, facts, List.of(text));
    }

    private static ProcedureFlag flag(List<ProcedureFlag> flags, ProcedureFlag.Kind kind) {
        return flags.stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }

    private static ViolationFacts person() {
        return PenaltyAdvisorTest.facts(LocalDate.of(2026, 2, 1)).party(PartyType.INDIVIDUAL, 30, null).build();
    }

    @Test
    void anOrderThatIsNoPenaltyDoesNotKeepASmallFineFromBeingImposedOnTheSpot() {
        List<ProcedureFlag> flags = procedure(person(), FIREWORKS_42_2).punished(new YuanRange(BigDecimal.valueOf(100), BigDecimal.valueOf(200)),
                List.of("责令停止燃放"), false);

        assertThat(flag(flags, ProcedureFlag.Kind.ON_THE_SPOT).applies()).isTrue();
    }

    @Test
    void confiscatingAnIncomeNeedsAnIncome() {
        YuanRange small = new YuanRange(BigDecimal.valueOf(100), BigDecimal.valueOf(200));
        List<String> measures = List.of("没收违法所得（有违法所得的）");
        ViolationFacts none = PenaltyAdvisorTest.facts(LocalDate.of(2026, 2, 1)).party(PartyType.INDIVIDUAL, 30, null).illegalIncome(0).build();
        ViolationFacts some = PenaltyAdvisorTest.facts(LocalDate.of(2026, 2, 1)).party(PartyType.INDIVIDUAL, 30, null).illegalIncome(300).build();

        assertThat(flag(procedure(none, FIREWORKS_42_2).punished(small, measures, false), ProcedureFlag.Kind.ON_THE_SPOT).applies()).isTrue();
        assertThat(flag(procedure(some, FIREWORKS_42_2).punished(small, measures, false), ProcedureFlag.Kind.ON_THE_SPOT).applies()).isFalse();
        assertThat(flag(procedure(person(), FIREWORKS_42_2).punished(small, measures, false), ProcedureFlag.Kind.ON_THE_SPOT))
                .satisfies(f -> assertThat(f.applies()).isNull()).satisfies(f -> assertThat(f.finding()).contains("illegalIncome"));
    }

    @Test
    void closingForRectificationAndConfiscatingALargeIncomeNeedAHearingNotice() {
        List<ProcedureFlag> closing = procedure(person(), ENTERTAINMENT_44).punished(null, List.of("警告", "责令停业整顿1个月至3个月"), true);
        assertThat(flag(closing, ProcedureFlag.Kind.HEARING_NOTICE).applies()).isTrue();

        ViolationFacts large = PenaltyAdvisorTest.facts(LocalDate.of(2026, 2, 1)).party(PartyType.ORGANIZATION, null, null).illegalIncome(800000).build();
        List<ProcedureFlag> confiscation = procedure(large, FOOD_123).punished(null, List.of("没收违法所得"), false);
        assertThat(flag(confiscation, ProcedureFlag.Kind.HEARING_NOTICE)).satisfies(f -> assertThat(f.applies()).isTrue())
                .satisfies(f -> assertThat(f.finding()).contains("拟没收违法所得800000元"));
    }

    @Test
    void theReferralPromptIsNeverAPlainNo() {
        // "尚不构成犯罪的" is the article speaking of crime; 第二十七条 binds even where the penalty article is silent.
        assertThat(flag(procedure(person(), FOOD_123).notPunished(), ProcedureFlag.Kind.CRIMINAL_REFERRAL))
                .satisfies(f -> assertThat(f.applies()).isNull()).satisfies(f -> assertThat(f.finding()).startsWith("处罚条款提及刑事责任"));
        assertThat(flag(procedure(person(), ENTERTAINMENT_44).notPunished(), ProcedureFlag.Kind.CRIMINAL_REFERRAL))
                .satisfies(f -> assertThat(f.applies()).isNull()).satisfies(f -> assertThat(f.finding()).contains("应当及时将案件移送司法机关"));
    }
}
