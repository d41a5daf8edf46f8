package dev.onecheck.domain.catalog;

import java.time.LocalDate;
import java.util.List;

/** 行政执法人员: identified by the law-enforcement certificate number (执法证号), valid until a date. */
public record Officer(String certificateNo, String name, String departmentCode, List<String> domains, LocalDate validUntil) {

    public Officer {
        domains = List.copyOf(domains);
    }

    public boolean certificateValidOn(LocalDate day) {
        return !day.isAfter(validUntil);
    }
}
