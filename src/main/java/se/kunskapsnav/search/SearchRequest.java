package se.kunskapsnav.search;

import se.kunskapsnav.platform.InvalidInputException;

/**
 * A search as a person or script asks for it: the text as typed and the chosen facet values (null for any).
 *
 * @param type       a {@link SearchType#code()}
 * @param county     a county code
 * @param theme      a theme code
 * @param audience   a profession code
 * @param year       a year, as text
 * @param page       counted from 1
 */
public record SearchRequest(String text, String type, String county, String theme, String audience, String year,
                            SearchSort sort, int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 50;

    public SearchRequest {
        text = text == null ? "" : text;
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        page = Math.max(1, page);
        pageSize = pageSize < 1 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
    }

    /**
     * A request from address parameters as people and scripts write them ({@code sortering=datum},
     * {@code sida=2}); a value that cannot mean anything is refused, naming the parameter.
     *
     * @throws InvalidInputException for an unknown type or sort, or a page or year that is not a number
     */
    public static SearchRequest parse(String text, String type, String county, String theme, String audience,
                                      String year, String sort, String page, String pageSize) {
        if (blank(type) == null || SearchType.ofCode(type).isPresent()) {
            return new SearchRequest(text, blank(type), blank(county), blank(theme), blank(audience),
                    number("ar", year, 1900, 2999) == null ? null : year.strip(),
                    blank(sort) == null ? SearchSort.RELEVANCE : SearchSort.ofCode(sort.strip())
                            .orElseThrow(() -> InvalidInputException.of("sortering", "search.invalidSort")),
                    orDefault(number("sida", page, 1, 10_000), 1),
                    orDefault(number("storlek", pageSize, 1, MAX_PAGE_SIZE), DEFAULT_PAGE_SIZE));
        }
        throw InvalidInputException.of("typ", "search.invalidType");
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Integer number(String parameter, String value, int min, int max) {
        if (blank(value) == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw InvalidInputException.of(parameter, "search.invalidNumber");
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, null, null, null, null, null, SearchSort.RELEVANCE, 1, DEFAULT_PAGE_SIZE);
    }
}
