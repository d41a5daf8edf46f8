package dev.onecheck.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionKindTest {

    @Test
    void questionsOnFirstOffencesTimeBarsAndChangedLawsAreOnTheGeneralRules() {
        assertThat(QuestionKind.of("第一次违法改了能不罚吗")).isEqualTo(QuestionKind.GENERAL_RULE);
        assertThat(QuestionKind.of("过了两年还罚吗")).isEqualTo(QuestionKind.GENERAL_RULE);
        assertThat(QuestionKind.of("违法的时候和处罚的时候法律变了按哪个")).isEqualTo(QuestionKind.GENERAL_RULE);
        assertThat(QuestionKind.of("不满十四周岁的孩子违法要不要罚")).isEqualTo(QuestionKind.GENERAL_RULE);
    }

    @Test
    void describedConductIsConduct() {
        assertThat(QuestionKind.of("饭馆没办证就营业")).isEqualTo(QuestionKind.CONDUCT);
        // Minors as those served are conduct (接纳未成年人), not the rule on minors who offend.
        assertThat(QuestionKind.of("网吧凌晨三点还让未成年人上网")).isEqualTo(QuestionKind.CONDUCT);
        assertThat(QuestionKind.of("叉车司机没有证")).isEqualTo(QuestionKind.CONDUCT);
    }
}
