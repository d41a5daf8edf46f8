package dev.onecheck.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PublicationAccessTest {

    @Test
    void theEnforcementSideSeesUnpublishedRecords() {
        assertThat(PublicationAccess.seesUnpublished(Viewer.fromClaims("o", "o", List.of("OFFICER"), "JH-SCJG", null, null))).isTrue();
        assertThat(PublicationAccess.seesUnpublished(Viewer.fromClaims("a", "a", List.of("DEPT_ADMIN"), "JH-SCJG", null, null))).isTrue();
        assertThat(PublicationAccess.seesUnpublished(Viewer.fromClaims("s", "s", List.of("SUPERVISOR"), "JH-SFJ", null, null))).isTrue();
    }

    @Test
    void thePublicAndEnterprisesSeePublishedRecordsOnly() {
        assertThat(PublicationAccess.seesUnpublished(Viewer.fromClaims("p", "p", List.of("PUBLIC"), null, null, null))).isFalse();
        assertThat(PublicationAccess.seesUnpublished(Viewer.fromClaims("e", "e", List.of("ENTERPRISE"), null, "91329900MA1JH0001C", null)))
                .isFalse();
    }
}
