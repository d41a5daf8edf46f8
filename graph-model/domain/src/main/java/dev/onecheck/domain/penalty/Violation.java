package dev.onecheck.domain.penalty;

import java.util.List;

import dev.onecheck.domain.law.LawReference;

/**
 * 违法行为: what an officer finds, the article it violates (违法条款, 定性依据) and the article that penalises it (处罚条款),
 * with the city's discretion standard. {@code aliases} are the phrasings people type (饭馆没办证就营业).
 */
public record Violation(String code, String name, List<String> aliases, String domain, String departmentCode,
                        List<LawReference> violates, List<LawReference> penalizedBy, DiscretionStandard standard) {

    public Violation {
        aliases = List.copyOf(aliases);
        violates = List.copyOf(violates);
        penalizedBy = List.copyOf(penalizedBy);
        if (penalizedBy.isEmpty()) {
            throw new IllegalArgumentException("violation " + code + " has no penalty article (处罚条款)");
        }
    }
}
