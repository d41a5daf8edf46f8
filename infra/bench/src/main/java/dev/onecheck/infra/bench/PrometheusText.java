package dev.onecheck.infra.bench;

/** Reads figures from Prometheus' text exposition format, as {@code /actuator/prometheus} serves it. */
final class PrometheusText {

    private PrometheusText() {
    }

    /**
     * The sum of every sample of {@code metric} whose labels contain {@code labelFilter} ("" for all), e.g. the heap
     * in use over all heap pools; -1 when no sample matches.
     */
    static double sum(String text, String metric, String labelFilter) {
        double sum = 0;
        boolean found = false;
        for (String line : text.split("\n")) {
            if (line.startsWith(metric) && (line.length() > metric.length()
                    && (line.charAt(metric.length()) == '{' || line.charAt(metric.length()) == ' ')) && line.contains(labelFilter)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        return found ? sum : -1;
    }
}
