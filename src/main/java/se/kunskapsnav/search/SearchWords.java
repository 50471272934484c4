package se.kunskapsnav.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.kunskapsnav.platform.ContentSource;

/**
 * The portal's analysis chain, built once from the word lists in {@code content/search/}: compound parts,
 * word forms the stemmer gets wrong (both applied when indexing and to queries) and synonyms (queries only).
 */
@ApplicationScoped
public class SearchWords {

    static final String COMPOUND_WORDS = "search/compound-words.txt";
    static final String WORD_FORMS = "search/word-forms.txt";
    static final String SYNONYMS = "search/synonyms.txt";
    /** Measured against the light stemmer in SearchQualityTest (docs/search.md). */
    static final SearchAnalysis.Stemming STEMMING = SearchAnalysis.Stemming.MINIMAL;

    @Inject
    ContentSource content;

    private volatile SearchAnalysis analysis;

    public SearchAnalysis analysis() {
        if (analysis == null) {
            analysis = SearchAnalysis.swedish(content.read(COMPOUND_WORDS), content.read(WORD_FORMS),
                    content.read(SYNONYMS), STEMMING);
        }
        return analysis;
    }
}
