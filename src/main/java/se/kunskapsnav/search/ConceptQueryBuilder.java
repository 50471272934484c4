package se.kunskapsnav.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Builds a query where a word with synonyms of several words ("VINR" and "våld i nära relationer") is one concept
 * ({@link ConceptQuery}): scored as one word written as often as the text writes any of its ways, not once per
 * way (summed, a text saying both the abbreviation and its expansion once outscored one that is about the
 * expansion throughout) nor by its best way alone (a rare abbreviation written once outscored the expansion
 * written seven times). A way that is no word or phrase keeps the best way alone.
 * <p>
 * A phrase's stop words between its first and last word match any word in their place, as the typed words' stop
 * words already do: the synonyms' phrases hold them ("våld i nära relationer"), and reading where "i" stands (in
 * nearly every text) took most of such a phrase's time.
 */
final class ConceptQueryBuilder extends QueryBuilder {

    private final Predicate<String> stopWord;

    ConceptQueryBuilder(Analyzer analyzer, Predicate<String> stopWord) {
        super(analyzer);
        this.stopWord = stopWord;
        setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    @Override
    protected Query analyzePhrase(String field, TokenStream stream, int slop) throws IOException {
        Query phrase = super.analyzePhrase(field, stream, slop);
        return slop == 0 && phrase instanceof PhraseQuery exact ? stopWordsAsGaps(exact) : phrase;
    }

    private Query stopWordsAsGaps(PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        PhraseQuery.Builder gapped = new PhraseQuery.Builder();
        int kept = 0;
        for (int i = 0; i < terms.length; i++) {
            boolean inside = i > 0 && i < terms.length - 1;
            if (!inside || !stopWord.test(terms[i].text())) {
                gapped.add(terms[i], positions[i]);
                kept++;
            }
        }
        return kept == terms.length ? phrase : gapped.build();
    }

    @Override
    protected Query newGraphSynonymQuery(Iterator<Query> ways) {
        List<Query> all = new ArrayList<>();
        ways.forEachRemaining(all::add);
        if (all.size() == 1) {
            return all.getFirst();
        }
        return ConceptQuery.of(all).orElseGet(() -> new DisjunctionMaxQuery(all, 0f));
    }
}
