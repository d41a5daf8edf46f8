package dev.onecheck.domain.onsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import dev.onecheck.domain.onsite.CodeStatus.CodeRecord;
import org.junit.jupiter.api.Test;

class CodeStatusTest {

    private static final ActionCode CODE = new ActionCode("id", "JC-1", Instant.parse("2027-03-01T00:00:00Z"), Instant.parse("2027-04-01T00:00:00Z"));
    private static final Instant DURING = Instant.parse("2027-03-15T08:00:00Z");
    private static final CodeRecord CURRENT = new CodeRecord(false, false);

    @Test
    void aCurrentCodeIsValidOnlyWithinItsWindow() {
        assertThat(CodeStatus.of(CODE, CURRENT, DURING)).isEqualTo(CodeStatus.VALID);
        assertThat(CodeStatus.of(CODE, CURRENT, CODE.notBefore())).isEqualTo(CodeStatus.VALID);
        assertThat(CodeStatus.of(CODE, CURRENT, CODE.notBefore().minusSeconds(1))).isEqualTo(CodeStatus.NOT_YET_VALID);
        assertThat(CodeStatus.of(CODE, CURRENT, CODE.expiresAt())).isEqualTo(CodeStatus.EXPIRED);
    }

    @Test
    void theRecordOutranksTheTime() {
        assertThat(CodeStatus.of(CODE, null, DURING)).isEqualTo(CodeStatus.REVOKED);
        assertThat(CodeStatus.of(CODE, new CodeRecord(true, false), DURING)).isEqualTo(CodeStatus.SUPERSEDED);
        assertThat(CodeStatus.of(CODE, new CodeRecord(false, true), CODE.expiresAt().plusSeconds(86_400))).isEqualTo(CodeStatus.USED);
    }
}
