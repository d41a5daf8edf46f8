package dev.onecheck.infra.issuer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo accounts, one per role, configured in application.yml. Each is an OAuth2 client (client_credentials), so
 * {@code ./onecheck token <account>} needs no browser. Their claims say who they are to the gateway:
 * {@code roles}, {@code department} (officers, admins, supervisors), {@code uscc} (enterprises), {@code name},
 * {@code certificateNo} (an officer's 执法证号), {@code scope} ({@code operations} for the gateway's operators).
 */
@ConfigurationProperties("onecheck.demo")
public record DemoAccounts(String secret, Map<String, Account> accounts) {

    public record Account(String name, List<String> roles, String department, String uscc, String certificateNo, List<String> scopes) {
    }

    public DemoAccounts {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("onecheck.demo.secret must be set");
        }
        accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
    }

    Optional<Account> find(String id) {
        return Optional.ofNullable(accounts.get(id));
    }
}
