package se.kunskapsnav.search;

import java.util.Optional;

/** Best match first, or newest date first. {@code code} is the value in addresses. */
public enum SearchSort {
    RELEVANCE("relevans"),
    DATE("datum");

    private final String code;

    SearchSort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SearchSort> ofCode(String code) {
        for (SearchSort sort : values()) {
            if (sort.code.equals(code)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
