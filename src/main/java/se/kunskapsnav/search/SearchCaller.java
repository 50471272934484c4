package se.kunskapsnav.search;

import java.util.Set;

/** Who is searching, as the index sees it: an administrator sees everything, others what their tokens open. */
public record SearchCaller(boolean administrator, Set<String> tokens) {

    public static final SearchCaller ANONYMOUS = new SearchCaller(false, Set.of(Access.PUBLIC));

    public SearchCaller {
        tokens = Set.copyOf(tokens);
    }
}
