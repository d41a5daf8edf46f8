package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@GatewayTest
class GatewaySecurityIT {

    @LocalServerPort
    int port;

    @Test
    void refusesRequestsWithoutAToken() throws Exception {
        GraphQlHttp.Response response = new GraphQlHttp(port).post("{ __typename }", null);

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void refusesAForgedToken() throws Exception {
        String forged = TestTokens.officer().replaceAll(".{8}$", "AAAAAAAA");

        assertThat(new GraphQlHttp(port).post("{ __typename }", forged).status()).isEqualTo(401);
    }

    @Test
    void refusesATokenThatDescribesNoValidUser() throws Exception {
        String officerWithoutDepartment = TestTokens.token("x", List.of("OFFICER"), null, null);

        assertThat(new GraphQlHttp(port).post("{ __typename }", officerWithoutDepartment).status()).isEqualTo(401);
    }

    @Test
    void answersWithAValidToken() throws Exception {
        GraphQlHttp.Response response = new GraphQlHttp(port).post("{ __typename }", TestTokens.officer());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/graphql-response+json");
        assertThat(response.data().at("/__typename").asString()).isEqualTo("Query");
    }

    @Test
    void meDescribesTheCaller() {
        GatewayGraphQl.as(port, TestTokens.officer()).documentName("me").execute()
                .path("me.roles[0]").entity(String.class).isEqualTo("OFFICER")
                .path("me.departmentCode").entity(String.class).isEqualTo("JH-SCJG")
                .path("me.uscc").valueIsNull();
        GatewayGraphQl.as(port, TestTokens.enterprise()).documentName("me").execute()
                .path("me.uscc").entity(String.class).isEqualTo("91329900MA1JH0001C")
                .path("me.departmentCode").valueIsNull();
    }
}
