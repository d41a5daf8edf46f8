package dev.onecheck.gateway.advice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.onecheck.domain.penalty.advice.Aggravation;
import dev.onecheck.domain.penalty.advice.Basis;
import dev.onecheck.domain.penalty.advice.Harm;
import dev.onecheck.domain.penalty.advice.InvalidFactException;
import dev.onecheck.domain.penalty.advice.MentalState;
import dev.onecheck.domain.penalty.advice.Mitigation;
import dev.onecheck.domain.penalty.advice.PartyRole;
import dev.onecheck.domain.penalty.advice.PartyType;
import dev.onecheck.domain.penalty.advice.Reduction;
import dev.onecheck.domain.penalty.advice.ViolationFacts;

/** GraphQL input {@code ViolationFacts}: dates as YYYY-MM-DD, amounts in yuan by basis. */
public record ViolationFactsInput(String committedOn, String endedOn, String discoveredOn, String decidedOn, Boolean firstOffence, Boolean minor,
                           Harm harm, Boolean correctedInTime, Boolean refusedCorrection, Boolean serious, Boolean noFault,
                           Boolean purchaseChecked, Boolean sourceDisclosed, Boolean lifeHealthOrFinance, PartyType partyType, PartyRole role, Integer age,
                           MentalState mentalState, Reduction reduction, Integer daysUncorrected, Double originalFine, Double goodsValue,
                           Double illegalIncome, Double advertisingCost, Double lossAmount, Double defraudedAmount,
                           List<Mitigation> mitigating, List<Aggravation> aggravating, List<Basis> uncomputableAmounts) {

    /** The facts, decided {@code today} unless the input names the day; a wrong fact throws naming it. */
    public ViolationFacts facts(LocalDate today) {
        LocalDate decided = date(decidedOn, "decidedOn");
        return new ViolationFacts(date(committedOn, "committedOn"), date(endedOn, "endedOn"), date(discoveredOn, "discoveredOn"),
                decided == null ? today : decided, Boolean.TRUE.equals(firstOffence), Boolean.TRUE.equals(minor), harm,
                Boolean.TRUE.equals(correctedInTime), Boolean.TRUE.equals(refusedCorrection), Boolean.TRUE.equals(serious),
                Boolean.TRUE.equals(noFault), Boolean.TRUE.equals(purchaseChecked), Boolean.TRUE.equals(sourceDisclosed), lifeHealthOrFinance,
                partyType, role, age, mentalState, reduction, daysUncorrected, amounts(),
                mitigating == null ? Set.of() : Set.copyOf(mitigating), aggravating == null ? Set.of() : Set.copyOf(aggravating),
                uncomputableAmounts == null ? Set.of() : Set.copyOf(uncomputableAmounts), originalFine == null ? null : BigDecimal.valueOf(originalFine));
    }

    private Map<Basis, BigDecimal> amounts() {
        Map<Basis, BigDecimal> amounts = new EnumMap<>(Basis.class);
        put(amounts, Basis.GOODS_VALUE, goodsValue);
        put(amounts, Basis.ILLEGAL_INCOME, illegalIncome);
        put(amounts, Basis.ADVERTISING_COST, advertisingCost);
        put(amounts, Basis.LOSS, lossAmount);
        put(amounts, Basis.DEFRAUDED, defraudedAmount);
        return amounts;
    }

    private static void put(Map<Basis, BigDecimal> amounts, Basis basis, Double yuan) {
        if (yuan != null) {
            amounts.put(basis, BigDecimal.valueOf(yuan));
        }
    }

    private static LocalDate date(String value, String fact) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFactException(fact, "must be a date YYYY-MM-DD, got '" + value + "'");
        }
    }
}
