package se.kunskapsnav.search;

import java.util.Arrays;
import java.util.Optional;

/** What a search hit is; {@code code} is its value in addresses ({@code /sok?typ=kurs}) and in the index. */
public enum SearchType {
    COURSE("kurs"),
    NETWORK("natverk"),
    MEETING("traff"),
    MATERIAL("material"),
    LESSON("webbkurs"),
    COUNTY("lan"),
    MUNICIPALITY("kommun");

    private final String code;

    SearchType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SearchType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
