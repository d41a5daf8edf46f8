package dev.onecheck.domain.law;

import java.util.List;

/** A parsed law file: the law version and its articles. */
public record LawText(Law law, List<Provision> provisions) {

    public LawText {
        provisions = List.copyOf(provisions);
    }
}
