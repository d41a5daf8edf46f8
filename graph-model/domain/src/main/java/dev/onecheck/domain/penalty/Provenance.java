package dev.onecheck.domain.penalty;

/** Where a violation comes from: written by the city with its 裁量基准 (CURATED), or read from a penalty article (DERIVED). */
public enum Provenance {
    CURATED, DERIVED
}
