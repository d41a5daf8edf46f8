package dev.onecheck.loaders.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.onecheck.domain.subject.CreditLevel;
import dev.onecheck.domain.subject.RiskLevel;
import dev.onecheck.domain.subject.Subject;
import dev.onecheck.domain.subject.Uscc;
import dev.onecheck.store.catalog.CatalogStore.Place;
import dev.onecheck.store.catalog.CatalogStore.Sector;
import org.junit.jupiter.api.Test;

class SubjectGeneratorTest {

    private static final List<Place> REGIONS = List.of(new Place("329902", "海西区"), new Place("329903", "海东区"));
    private static final List<Sector> SECTORS = List.of(new Sector("6210", "正餐服务", List.of("JH-SCJG", "JH-XF")),
            new Sector("9011", "歌舞厅娱乐活动", List.of("JH-WGLJ")));

    @Test
    void sameSeedSameSubjects() {
        assertThat(new SubjectGenerator(7).generate(500, REGIONS, SECTORS))
                .isEqualTo(new SubjectGenerator(7).generate(500, REGIONS, SECTORS))
                .isNotEqualTo(new SubjectGenerator(8).generate(500, REGIONS, SECTORS));
    }

    @Test
    void codesAreValidUniqueAndCarryTheRegion() {
        List<Subject> subjects = new SubjectGenerator(1).generate(5000, REGIONS, SECTORS);

        assertThat(subjects).allSatisfy(s -> {
            assertThat(Uscc.isValid(s.uscc())).isTrue();
            assertThat(s.uscc().substring(2, 8)).isEqualTo(s.regionCode());
            assertThat(s.name()).startsWith("江海市");
        });
        assertThat(subjects.stream().map(Subject::uscc).distinct()).hasSize(5000);
    }

    @Test
    void creditRiskAndWhiteListFollowTheRules() {
        List<Subject> subjects = new SubjectGenerator(3).generate(10_000, REGIONS, SECTORS);
        Map<CreditLevel, Long> byCredit = subjects.stream().collect(Collectors.groupingBy(Subject::credit, Collectors.counting()));

        assertThat(byCredit.get(CreditLevel.A)).isBetween(2700L, 3300L);
        assertThat(byCredit.get(CreditLevel.D)).isBetween(350L, 650L);
        assertThat(subjects).filteredOn(s -> s.credit() == CreditLevel.D).allMatch(s -> s.risk() == RiskLevel.HIGH);
        assertThat(subjects).filteredOn(Subject::whiteListed)
                .isNotEmpty().allMatch(s -> s.credit() == CreditLevel.A && s.risk() == RiskLevel.LOW);
        Map<String, Sector> sectors = SECTORS.stream().collect(Collectors.toMap(Sector::code, Function.identity()));
        assertThat(subjects).allMatch(s -> s.supervisingDepartments().equals(sectors.get(s.industryCode()).departments()));
    }

    @Test
    void needsACatalogue() {
        assertThatThrownBy(() -> new SubjectGenerator(1).generate(1, List.of(), SECTORS)).hasMessageContaining("load regions");
    }
}
