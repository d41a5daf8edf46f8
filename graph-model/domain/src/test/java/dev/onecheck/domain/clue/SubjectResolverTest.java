package dev.onecheck.domain.clue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dev.onecheck.domain.subject.Uscc;
import org.junit.jupiter.api.Test;

class SubjectResolverTest {

    private static final String FIRST17 = "91329902MA1PL0007";
    private static final String USCC = FIRST17 + Uscc.checkCharacter(FIRST17);
    private static final SubjectResolver.Known LAOJIE = new SubjectResolver.Known(USCC, "江海市海西区老街大排档餐饮有限公司", "江海市海西区人民路7号");
    private static final SubjectResolver.Known LAOJIE_NORTH = new SubjectResolver.Known("91329902MA1PL00096", "江海市海西区老街大排档北店餐饮有限公司", "江海市海西区人民路9号");
    private static final SubjectResolver.Known TEAHOUSE = new SubjectResolver.Known("91329902MA1PL00083", "江海市海西区清风茶楼有限公司", "江海市海西区解放路3号");

    /** A valid code (GB 32100-2015 check character F) that no known subject has. */
    private static final String UNKNOWN = "91329902MA1PL0099F";

    private final SubjectResolver resolver = new SubjectResolver(0.75);

    @Test
    void theFixturesCodesCarryTheirCheckCharacter() {
        assertThat(List.of(USCC, LAOJIE_NORTH.uscc(), TEAHOUSE.uscc(), UNKNOWN)).allMatch(Uscc::isValid);
    }

    @Test
    void aKnownCreditCodeIsCertain() {
        SubjectMatch match = resolver.resolve(new SubjectReference(USCC, "随便写的名字", null), List.of(TEAHOUSE, LAOJIE));
        assertThat(match.uscc()).isEqualTo(USCC);
        assertThat(match.confidence()).isEqualTo(1.0);
        assertThat(match.needsConfirmation()).isFalse();
    }

    @Test
    void aMisspeltNameWithItsAddressIsTakenWhenItClearlyLeads() {
        SubjectMatch match = resolver.resolve(new SubjectReference(null, "海西区老街大牌档", "人民路7号"), List.of(TEAHOUSE, LAOJIE));
        assertThat(match.uscc()).isEqualTo(USCC);
        assertThat(match.confidence()).isBetween(0.75, 1.0);
        assertThat(match.candidates()).extracting(SubjectMatch.Candidate::uscc).first().isEqualTo(USCC);
    }

    @Test
    void twoFirmsAlikeWaitForAnOfficerInsteadOfAGuess() {
        SubjectMatch match = resolver.resolve(new SubjectReference(null, "老街大排档", null), List.of(LAOJIE, LAOJIE_NORTH, TEAHOUSE));
        assertThat(match.needsConfirmation()).isTrue();
        assertThat(match.candidates()).extracting(SubjectMatch.Candidate::uscc).containsExactly(USCC, LAOJIE_NORTH.uscc());
    }

    @Test
    void anUnknownCreditCodeFallsBackToTheNameAndNothingLikeItLeavesNoCandidate() {
        SubjectMatch match = resolver.resolve(new SubjectReference(UNKNOWN, "某某五金店", "东风路1号"), List.of(LAOJIE, TEAHOUSE));
        assertThat(match.needsConfirmation()).isTrue();
        assertThat(match.candidates()).isEmpty();
        assertThat(match.confidence()).isZero();
    }

    @Test
    void aReferenceNamesTheSubjectAndTheThresholdIsAConfidence() {
        assertThatThrownBy(() -> new SubjectReference(" ", "", "人民路7号")).hasMessageContaining("统一社会信用代码");
        assertThatThrownBy(() -> new SubjectResolver(1.5)).hasMessageContaining("threshold");
    }

    @Test
    void overlapIsTheShareOfTheShorterTextsBigrams() {
        assertThat(SubjectResolver.overlap("老街大排档", "海西老街大排档餐饮")).isEqualTo(1.0);
        assertThat(SubjectResolver.overlap("老街", "茶楼")).isZero();
    }
}
