package dev.onecheck.domain.planning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 合并联合检查: finds visits to the same firm whose windows overlap and proposes to make each such group one joint
 * visit, in the days all of them share, led by the department the {@link LeadRule} names. Visits of a firm are
 * taken in order of their first day; a visit joins the group while the group's shared window still overlaps it.
 */
public final class Merger {

    /** Fold {@code absorbed} visits into {@code survivor}, which then runs in {@code window} under {@code lead}. */
    public record Merge(String survivor, List<String> absorbed, String uscc, Window window, String lead, List<Visit.Part> parts) {

        public Merge {
            absorbed = List.copyOf(absorbed);
            parts = List.copyOf(parts);
        }

        public List<String> departments() {
            return parts.stream().map(Visit.Part::department).distinct().sorted().toList();
        }
    }

    private static final Comparator<Visit> BY_START = Comparator.comparing((Visit v) -> v.window().from()).thenComparing(Visit::code);

    private final LeadRule leadRule;

    public Merger(LeadRule leadRule) {
        this.leadRule = leadRule;
    }

    public List<Merge> merge(Collection<Visit> open) {
        Map<String, List<Visit>> byFirm = new HashMap<>();
        open.forEach(v -> byFirm.computeIfAbsent(v.uscc(), k -> new ArrayList<>()).add(v));
        List<Merge> merges = new ArrayList<>();
        byFirm.values().forEach(visits -> merges.addAll(mergeFirm(visits)));
        merges.sort(Comparator.comparing(Merge::survivor));
        return merges;
    }

    private List<Merge> mergeFirm(List<Visit> visits) {
        visits.sort(BY_START);
        List<Merge> merges = new ArrayList<>();
        List<Visit> group = new ArrayList<>();
        Window shared = null;
        for (Visit visit : visits) {
            var overlap = shared == null ? Optional.of(visit.window()) : shared.overlap(visit.window());
            if (overlap.isPresent()) {
                group.add(visit);
                shared = overlap.get();
            } else {
                close(group, shared, merges);
                group = new ArrayList<>(List.of(visit));
                shared = visit.window();
            }
        }
        close(group, shared, merges);
        return merges;
    }

    /** The survivor is the visit with most parts (an existing joint visit keeps its code), then the lowest code. */
    private void close(List<Visit> group, Window shared, List<Merge> merges) {
        if (group.size() < 2) {
            return;
        }
        Visit survivor = group.stream()
                .min(Comparator.comparingInt((Visit v) -> -v.parts().size()).thenComparing(Visit::code))
                .orElseThrow();
        List<Visit.Part> parts = group.stream().flatMap(v -> v.parts().stream()).toList();
        List<String> absorbed = group.stream().map(Visit::code).filter(c -> !c.equals(survivor.code())).sorted().toList();
        merges.add(new Merge(survivor.code(), absorbed, survivor.uscc(), shared, leadRule.lead(survivor.industry(), parts), parts));
    }
}
