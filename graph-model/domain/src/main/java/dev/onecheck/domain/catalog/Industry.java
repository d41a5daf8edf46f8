package dev.onecheck.domain.catalog;

/** 国民经济行业分类 (GB/T 4754-2017): 门类 letter, 大类 2, 中类 3, 小类 4 digits; {@code parentCode} one level up. */
public record Industry(String code, String name, String parentCode) {
}
