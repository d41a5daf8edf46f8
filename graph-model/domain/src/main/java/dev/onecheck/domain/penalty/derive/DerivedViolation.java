package dev.onecheck.domain.penalty.derive;

import java.util.List;

import dev.onecheck.domain.law.LawReference;
import dev.onecheck.domain.penalty.advice.StatutoryFine;

/**
 * 违法行为 read from a penalty article (罚则): one listed behaviour (（一）（二）… each its own) or the act a paragraph
 * describes. {@code penaltyArticle} cites the article, the line of the paragraph that fines (its position among the
 * article's lines, as {@link dev.onecheck.domain.penalty.advice.CitedArticle#text} reads it) and the item; {@code
 * violates} the articles it says are broken (违反本法第X条规定); {@code enforcer} who punishes (由县级以上…部门), null when
 * the text does not say; {@code act} which act of the paragraph it is ({@link ViolationDeriver#acts}: 1, 2 … where the
 * paragraph punishes several, 0 where one), {@code penaltyText} the sentences of the paragraph that punish it; {@code fines} what
 * {@link dev.onecheck.domain.penalty.advice.StatutoryFines} reads from it, per condition; {@code measures} the other
 * penalties and orders (警告, 没收违法所得, 吊销许可证 …); {@code conditions} the "…的" clauses the penalty turns on
 * (逾期不改正的, 情节严重的); {@code confidence} from 0 to 1, lowered for each thing the reading could not establish.
 */
public record DerivedViolation(String code, String name, LawReference penaltyArticle, int act, List<LawReference> violates, String enforcer,
                               String penaltyText, List<StatutoryFine> fines, List<String> measures, List<String> conditions,
                               double confidence) {

    public DerivedViolation {
        violates = List.copyOf(violates);
        fines = List.copyOf(fines);
        measures = List.copyOf(measures);
        conditions = List.copyOf(conditions);
        if (name.isBlank()) {
            throw new IllegalArgumentException("derived violation " + code + " has no behaviour");
        }
    }
}
