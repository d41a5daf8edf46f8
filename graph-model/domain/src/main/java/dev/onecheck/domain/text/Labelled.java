package dev.onecheck.domain.text;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An enum constant with the Chinese label officers use (法律, 从轻处罚, 高 …), looked up by that label. */
public interface Labelled {

    String label();

    /** The constant of {@code type} labelled {@code label}; the error lists the allowed labels. */
    static <E extends Enum<E> & Labelled> E ofLabel(Class<E> type, String label, String what) {
        E[] constants = type.getEnumConstants();
        return Arrays.stream(constants).filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + label + "' is not a " + what + " ("
                        + Arrays.stream(constants).map(Labelled::label).collect(Collectors.joining("/")) + ")"));
    }
}
