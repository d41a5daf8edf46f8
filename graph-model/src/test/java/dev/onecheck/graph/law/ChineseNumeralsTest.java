package dev.onecheck.graph.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({"一,1", "九,9", "十,10", "十二,12", "二十,20", "三十三,33", "一百,100", "一百零五,105", "一百二十二,122",
            "一百一十,110", "两百,200", "一千零一,1001", "一千二百三十四,1234", "〇,0"})
    void parsesArticleNumbers(String numeral, int value) {
        assertThat(ChineseNumerals.parse(numeral)).isEqualTo(value);
    }

    @Test
    void rejectsOtherText() {
        assertThatThrownBy(() -> ChineseNumerals.parse("十a")).hasMessageContaining("十a");
        assertThatThrownBy(() -> ChineseNumerals.parse("")).hasMessageContaining("empty");
    }
}
