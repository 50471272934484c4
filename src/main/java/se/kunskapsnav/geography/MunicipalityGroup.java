package se.kunskapsnav.geography;

import java.util.Arrays;
import java.util.Optional;

/** SKR's municipality groups (kommungruppsindelning), used to compare reach by kind of municipality. */
public enum MunicipalityGroup {
    A1, A2, B3, B4, B5, C6, C7, C8, C9;

    /** The key of the group's Swedish label in the messages bundle. */
    public String messageKey() {
        return "municipalityGroup." + name();
    }

    public static Optional<MunicipalityGroup> parse(String code) {
        return Arrays.stream(values()).filter(group -> group.name().equals(code)).findFirst();
    }
}
