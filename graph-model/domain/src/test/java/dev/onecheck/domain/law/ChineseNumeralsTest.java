package dev.onecheck.domain.law;

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

    @ParameterizedTest
    @CsvSource({"五百,500", "二千,2000", "五千,5000", "一万,10000", "五万,50000", "十万,100000", "十五万,150000", "一百万,1000000",
            "二百万,2000000", "一万五千,15000", "十万零五百,100500", "1万,10000", "10万,100000", "0.5万,5000", "2000,2000"})
    void parsesAmounts(String text, long yuan) {
        assertThat(ChineseNumerals.amount(text)).isEqualByComparingTo(String.valueOf(yuan));
    }

    @Test
    void rejectsTextThatIsNoAmount() {
        assertThatThrownBy(() -> ChineseNumerals.amount("五万x")).hasMessageContaining("x");
        assertThatThrownBy(() -> ChineseNumerals.amount("1.2.3万")).hasMessageContaining("1.2.3万");
    }
}
