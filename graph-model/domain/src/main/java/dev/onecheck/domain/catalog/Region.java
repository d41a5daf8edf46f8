package dev.onecheck.domain.catalog;

/** 行政区划 (GB/T 2260 code); {@code parentCode} is null at the top. */
public record Region(String code, String name, String parentCode) {
}
