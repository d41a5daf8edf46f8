package dev.onecheck.domain.catalog;

import java.util.List;

/** 部门: an enforcement department of the city or a district; {@code parentCode} is the city department a district branch reports to. */
public record Department(String code, String name, String level, String regionCode, String parentCode, List<String> domains) {

    public Department {
        domains = List.copyOf(domains);
    }
}
