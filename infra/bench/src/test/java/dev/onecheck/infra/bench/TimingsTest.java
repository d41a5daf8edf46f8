package dev.onecheck.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimingsTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertThat(new Timings(new double[] {9, 1, 5}, 1).median()).isEqualTo(5);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(new Timings(new double[] {4, 1, 3, 2}, 1).median()).isEqualTo(2.5);
    }

    @Test
    void p99IsTheNearestRank() {
        double[] millis = new double[200];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = millis.length - i;
        }
        Timings timings = new Timings(millis, 4);
        // rank ceil(0.99 × 200) = 198 of 1..200
        assertThat(timings.p99()).isEqualTo(198);
        assertThat(timings.min()).isEqualTo(1);
        assertThat(timings.max()).isEqualTo(200);
        assertThat(timings.throughput()).isEqualTo(50);
    }

    @Test
    void aSingleMeasurementIsEveryPercentile() {
        Timings one = new Timings(new double[] {7}, 1);
        assertThat(one.median()).isEqualTo(7);
        assertThat(one.p99()).isEqualTo(7);
    }

    @Test
    void refusesAnEmptyRun() {
        assertThatThrownBy(() -> new Timings(new double[0], 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
