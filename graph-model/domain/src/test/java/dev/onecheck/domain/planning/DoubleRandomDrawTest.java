package dev.onecheck.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import dev.onecheck.domain.planning.DoubleRandomDraw.Candidate;
import dev.onecheck.domain.planning.DoubleRandomDraw.Conflict;
import dev.onecheck.domain.planning.DoubleRandomDraw.Drawn;
import dev.onecheck.domain.planning.DoubleRandomDraw.Input;
import dev.onecheck.domain.subject.RiskLevel;
import org.junit.jupiter.api.Test;

class DoubleRandomDrawTest {

    private static final List<String> OFFICERS = List.of("O1", "O2", "O3", "O4", "O5");

    private static List<Candidate> candidates(int low, int high) {
        List<Candidate> all = new ArrayList<>();
        IntStream.range(0, low).forEach(i -> all.add(new Candidate("L%03d".formatted(i), RiskLevel.LOW)));
        IntStream.range(0, high).forEach(i -> all.add(new Candidate("H%03d".formatted(i), RiskLevel.HIGH)));
        return all;
    }

    private static Input input(List<Candidate> candidates, Set<Conflict> conflicts) {
        return new Input(candidates, List.of(SamplingRatio.percent(RiskLevel.LOW, 5), SamplingRatio.percent(RiskLevel.HIGH, 50)),
                OFFICERS, conflicts, 2);
    }

    @Test
    void eachTierIsSampledWithItsOwnRatio() {
        List<Drawn> drawn = DoubleRandomDraw.draw("seed-1", input(candidates(200, 10), Set.of()));
        assertThat(drawn.stream().filter(d -> d.risk() == RiskLevel.LOW)).hasSize(10);
        assertThat(drawn.stream().filter(d -> d.risk() == RiskLevel.HIGH)).hasSize(5);
        assertThat(drawn).allSatisfy(d -> assertThat(d.officers()).hasSize(2).doesNotHaveDuplicates());
    }

    @Test
    void aTierWithoutARatioIsNotDrawn() {
        List<Candidate> withMedium = new ArrayList<>(candidates(20, 0));
        withMedium.add(new Candidate("M001", RiskLevel.MEDIUM));
        assertThat(DoubleRandomDraw.draw("s", input(withMedium, Set.of()))).noneMatch(d -> d.risk() == RiskLevel.MEDIUM);
    }

    @Test
    void theSameSeedAndListGiveTheSameDrawWhateverTheOrderTheListCameIn() {
        List<Candidate> shuffled = new ArrayList<>(candidates(200, 10));
        Collections.shuffle(shuffled);
        assertThat(DoubleRandomDraw.draw("seed-1", input(shuffled, Set.of())))
                .isEqualTo(DoubleRandomDraw.draw("seed-1", input(candidates(200, 10), Set.of())));
        assertThat(input(shuffled, Set.of()).fingerprint()).isEqualTo(input(candidates(200, 10), Set.of()).fingerprint());
    }

    @Test
    void anotherSeedDrawsOtherFirms() {
        assertThat(DoubleRandomDraw.draw("seed-2", input(candidates(200, 10), Set.of())))
                .isNotEqualTo(DoubleRandomDraw.draw("seed-1", input(candidates(200, 10), Set.of())));
    }

    @Test
    void theFingerprintChangesWithAnyInput() {
        String base = input(candidates(200, 10), Set.of()).fingerprint();
        assertThat(input(candidates(199, 10), Set.of()).fingerprint()).isNotEqualTo(base);
        assertThat(input(candidates(200, 10), Set.of(new Conflict("O1", "L000"))).fingerprint()).isNotEqualTo(base);
    }

    @Test
    void theCommitmentIsTheSha256OfTheSeed() {
        assertThat(DoubleRandomDraw.commitment("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void anOfficerWithADeclaredConflictIsNeverSentToThatFirm() {
        List<Candidate> firms = candidates(40, 0);
        Set<Conflict> conflicts = Set.of(new Conflict("O1", "L000"), new Conflict("O2", "L000"), new Conflict("O3", "L000"));
        Input all = new Input(firms, List.of(SamplingRatio.percent(RiskLevel.LOW, 100)), OFFICERS, conflicts, 2);
        for (String seed : List.of("a", "b", "c", "d", "e")) {
            Drawn l000 = DoubleRandomDraw.draw(seed, all).stream().filter(d -> d.uscc().equals("L000")).findFirst().orElseThrow();
            assertThat(l000.officers()).containsExactlyInAnyOrder("O4", "O5");
        }
    }

    @Test
    void aFirmThatCannotGetTwoOfficersIsReportedNotDrawnShortHanded() {
        Set<Conflict> conflicts = Set.of(new Conflict("O1", "L001"), new Conflict("O2", "L001"), new Conflict("O3", "L001"),
                new Conflict("O4", "L001"));
        Input input = input(candidates(20, 0), conflicts);
        assertThat(input.understaffed()).containsExactly("L001");
        assertThatThrownBy(() -> DoubleRandomDraw.draw("s", input)).hasMessageContaining("L001");
    }
}
