package se.kunskapsnav.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.kunskapsnav.platform.ContentSource;

/**
 * The portal's analysis chain, built once from the word lists in {@code content/search/}: compound parts
 * (applied when indexing) and synonyms (applied to queries).
 */
@ApplicationScoped
public class SearchWords {

    static final String COMPOUND_WORDS = "search/compound-words.txt";
    static final String SYNONYMS = "search/synonyms.txt";
    /** Measured against the minimal stemmer in SearchQualityTest (docs/search.md). */
    static final SearchAnalysis.Stemming STEMMING = SearchAnalysis.Stemming.LIGHT;

    @Inject
    ContentSource content;

    private volatile SearchAnalysis analysis;

    public SearchAnalysis analysis() {
        if (analysis == null) {
            analysis = SearchAnalysis.swedish(content.read(COMPOUND_WORDS), content.read(SYNONYMS), STEMMING);
        }
        return analysis;
    }
}
