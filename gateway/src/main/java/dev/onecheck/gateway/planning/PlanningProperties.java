package dev.onecheck.gateway.planning;

import dev.onecheck.domain.planning.CityPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The city's planning rules ({@code onecheck.planning.*}); the defaults are Wuxi's (001). */
@ConfigurationProperties("onecheck.planning")
record PlanningProperties(Integer adHocLeadDays, Integer perFirmPerMonth, Integer perFirmPerItemPerYear, Integer officersPerTask) {

    CityPolicy policy() {
        CityPolicy wuxi = CityPolicy.WUXI;
        return new CityPolicy(adHocLeadDays == null ? wuxi.adHocLeadDays() : adHocLeadDays,
                perFirmPerMonth == null ? wuxi.perFirmPerMonth() : perFirmPerMonth,
                perFirmPerItemPerYear == null ? wuxi.perFirmPerItemPerYear() : perFirmPerItemPerYear,
                officersPerTask == null ? wuxi.officersPerTask() : officersPerTask);
    }
}
