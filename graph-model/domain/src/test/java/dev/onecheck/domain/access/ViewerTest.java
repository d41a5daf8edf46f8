package dev.onecheck.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ViewerTest {

    @Test
    void officerIsBoundToADepartment() {
        Viewer officer = Viewer.fromClaims("officer", "蒋洋", List.of("OFFICER"), "JH-SCJG", null, null);

        assertThat(officer.has(Role.OFFICER)).isTrue();
        assertThat(officer.has(Role.SUPERVISOR)).isFalse();
        assertThatThrownBy(() -> Viewer.fromClaims("officer", "蒋洋", List.of("OFFICER"), null, null, null))
                .hasMessageContaining("has no department");
    }

    @Test
    void enterpriseIsBoundToACreditCode() {
        assertThat(Viewer.fromClaims("e", "海棠餐饮", List.of("ENTERPRISE"), null, "91329900MA1JH0001C", null).uscc())
                .isEqualTo("91329900MA1JH0001C");
        assertThatThrownBy(() -> Viewer.fromClaims("e", "海棠餐饮", List.of("ENTERPRISE"), null, " ", null))
                .hasMessageContaining("not bound to a credit code");
    }

    @Test
    void rolesMustBeKnownAndPresent() {
        assertThatThrownBy(() -> Viewer.fromClaims("x", null, List.of("ADMIN"), null, null, null)).hasMessage("unknown role ADMIN");
        assertThatThrownBy(() -> Viewer.fromClaims("x", null, null, null, null, null)).hasMessageContaining("has no role");
        assertThat(Viewer.fromClaims("p", "公众", List.of("PUBLIC"), null, null, null).roles()).containsExactly(Role.PUBLIC);
    }

    @Test
    void theEnforcementSideIsOfficersAdminsAndSupervisors() {
        assertThat(Viewer.fromClaims("o", null, List.of("OFFICER"), "JH-SCJG", null, null).enforcementSide()).isTrue();
        assertThat(Viewer.fromClaims("a", null, List.of("DEPT_ADMIN"), "JH-SCJG", null, null).enforcementSide()).isTrue();
        assertThat(Viewer.fromClaims("s", null, List.of("SUPERVISOR"), "JH-SFJ", null, null).enforcementSide()).isTrue();
        assertThat(Viewer.fromClaims("e", null, List.of("ENTERPRISE"), null, "91329900MA1JH0001C", null).enforcementSide()).isFalse();
        assertThat(Viewer.fromClaims("p", null, List.of("PUBLIC"), null, null, null).enforcementSide()).isFalse();
    }

    @Test
    void overseesItsOwnDepartmentOrEveryOneAsSupervisor() {
        assertThat(Viewer.fromClaims("o", "o", List.of("OFFICER"), "JH-XF", null, null).oversees("JH-XF")).isTrue();
        assertThat(Viewer.fromClaims("o", "o", List.of("OFFICER"), "JH-XF", null, null).oversees("JH-SCJG")).isFalse();
        assertThat(Viewer.fromClaims("s", "s", List.of("SUPERVISOR"), "JH-SFJ", null, null).oversees("JH-XF")).isTrue();
        assertThat(Viewer.fromClaims("e", "e", List.of("ENTERPRISE"), null, "91329900MA1JH0001C", null).oversees("JH-XF")).isFalse();
    }
}
