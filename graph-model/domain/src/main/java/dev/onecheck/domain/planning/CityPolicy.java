package dev.onecheck.domain.planning;

/**
 * The rules a city sets for planning. Wuxi (001): at most 3 inspections per firm per month and 3 per firm and item
 * per year; Lianyungang (003): ad-hoc inspections filed 5 days ahead and 1 same-kind inspection per year.
 */
public record CityPolicy(int adHocLeadDays, int perFirmPerMonth, int perFirmPerItemPerYear, int officersPerTask) {

    public static final CityPolicy WUXI = new CityPolicy(5, 3, 3, 2);
    public static final CityPolicy LIANYUNGANG = new CityPolicy(5, 3, 1, 2);

    public CityPolicy {
        if (adHocLeadDays < 0 || perFirmPerMonth < 1 || perFirmPerItemPerYear < 1) {
            throw new IllegalArgumentException("lead days must be ≥ 0 and caps ≥ 1");
        }
        if (officersPerTask < 2) {
            throw new IllegalArgumentException("双随机 sends at least two officers per task, not " + officersPerTask);
        }
    }
}
