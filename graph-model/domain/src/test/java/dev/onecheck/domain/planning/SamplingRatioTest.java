package dev.onecheck.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onecheck.domain.subject.RiskLevel;
import org.junit.jupiter.api.Test;

class SamplingRatioTest {

    @Test
    void theSampleIsTheRatioRoundedUpInExactArithmetic() {
        SamplingRatio sevenPercent = SamplingRatio.percent(RiskLevel.LOW, 7);
        assertThat(sevenPercent.basisPoints()).isEqualTo(700);
        assertThat(sevenPercent.sampleSize(100)).isEqualTo(7);
        assertThat(sevenPercent.sampleSize(101)).isEqualTo(8);
        assertThat(sevenPercent.sampleSize(1)).isEqualTo(1);
        assertThat(sevenPercent.sampleSize(0)).isZero();
        assertThat(SamplingRatio.percent(RiskLevel.HIGH, 100).sampleSize(3_000_000)).isEqualTo(3_000_000);
    }
}
