package dev.onecheck.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserTextTest {

    @Test
    void ordinaryTextWithLineBreaksIsFine() {
        assertThat(UserText.problem("一次进门查多项，\n检查人员态度好\t5分", 100)).isEmpty();
        assertThat(UserText.problem(null, 10)).isEmpty();
    }

    @Test
    void nulAndBidirectionalControlsAreRefusedNamingTheCharacterAndWhere() {
        assertThat(UserText.problem("好\u0000评", 100)).hasValue("contains the control character U+0000 at position 1");
        assertThat(UserText.problem("评价\u202Egnp.exe", 100)).hasValue("contains the control character U+202E at position 2");
        assertThat(UserText.problem("a\u2066b", 100)).hasValueSatisfying(p -> assertThat(p).contains("U+2066"));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        assertThat(UserText.problem("𠀀".repeat(5), 5)).as("five characters outside the BMP").isEmpty();
        assertThat(UserText.problem("查".repeat(6), 5)).hasValue("is 6 characters long; at most 5");
    }
}
