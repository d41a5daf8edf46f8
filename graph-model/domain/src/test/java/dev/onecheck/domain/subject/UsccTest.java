package dev.onecheck.domain.subject;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsccTest {

    @Test
    void acceptsCodesWithTheRightCheckCharacter() {
        // The demo enterprise's code and a published real-world code format (91 + region + organisation code + check).
        assertThat(Uscc.isValid("91329900MA1JH0001C")).isTrue();
        assertThat(Uscc.checkCharacter("91329900MA1JH0001")).isEqualTo('C');
        assertThat(Uscc.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void saysWhatIsWrong() {
        assertThat(Uscc.problem("91329900MA1JH0001D")).isEqualTo("check character is D but should be C");
        assertThat(Uscc.problem("91329900MA1JH0001")).isEqualTo("a credit code has 18 characters, got 17");
        assertThat(Uscc.problem(null)).isEqualTo("a credit code has 18 characters, got 0");
        assertThat(Uscc.problem("91329900MA1JHO001C")).contains("'O' at position 14 is not allowed");
    }

    @Test
    void subjectsRefuseInvalidCodes() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Subject("91329900MA1JH0001D", "某公司", null, "329902",
                        "6210", CreditLevel.A, RiskLevel.LOW, false, java.util.List.of(), java.util.List.of()))
                .hasMessageContaining("invalid credit code 91329900MA1JH0001D");
    }
}
