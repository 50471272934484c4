package se.kunskapsnav.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opening a generation: one written by another analysis chain is refused, so the indexer rebuilds it; what Lucene's
 * query cache may keep.
 */
class SearchIndexTest {

    private static final SearchAnalysis ANALYSIS = SearchAnalysis.stock("standard", new StandardAnalyzer());

    @Test
    void anIndexWrittenInAnotherFormatIsRefusedAtOpening(@TempDir Path root) throws IOException {
        try (SearchIndex index = SearchIndex.createGeneration(root, ANALYSIS)) {
            index.commit(7);
            index.makeCurrent();
        }
        try (SearchIndex reopened = SearchIndex.openCurrent(root, ANALYSIS)) {
            assertEquals(7, reopened.appliedSequence());
        }

        // as an index written before the format was recorded: its last commit names none
        try (FSDirectory directory = FSDirectory.open(root.resolve("g1"));
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig()
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(Map.of(SearchIndex.APPLIED_SEQUENCE, "7").entrySet());
            writer.commit();
        }
        IOException refused = assertThrows(IOException.class, () -> SearchIndex.openCurrent(root, ANALYSIS));
        assertTrue(refused.getMessage().contains("format"), refused.getMessage());
    }

    @Test
    void anIndexWrittenWithOtherIndexedPhrasesIsRefusedAtOpening(@TempDir Path root) throws IOException {
        // the portal's chain indexes the synonyms' phrases as terms; the stock chain indexes none
        try (SearchIndex index = SearchIndex.createGeneration(root, QualityCorpus.portalAnalysis())) {
            index.commit(3);
            index.makeCurrent();
        }
        try (SearchIndex reopened = SearchIndex.openCurrent(root, QualityCorpus.portalAnalysis())) {
            assertEquals(3, reopened.appliedSequence());
        }
        IOException refused = assertThrows(IOException.class, () -> SearchIndex.openCurrent(root, ANALYSIS));
        assertTrue(refused.getMessage().contains("format"), refused.getMessage());
    }

    @Test
    void theQueryCacheKeepsTheAccessFiltersAndNothingElse() throws IOException {
        Query anonymous = new TermInSetQuery(SearchFields.ACCESS, List.of(new BytesRef(Access.PUBLIC)));
        Query member = new TermInSetQuery(SearchFields.MEMBER_ACCESS, List.of(new BytesRef(Access.member(4)),
                new BytesRef(Access.LOGGED_IN)));
        assertTrue(SearchIndex.ACCESS_FILTERS.shouldCache(anonymous));
        assertTrue(SearchIndex.ACCESS_FILTERS.shouldCache(member));
        Query words = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchFields.ALL, "våld")), Occur.MUST)
                .add(new PhraseQuery(SearchFields.ALL, "nära", "relationer"), Occur.MUST).build();
        assertFalse(SearchIndex.ACCESS_FILTERS.shouldCache(words));
        assertFalse(SearchIndex.ACCESS_FILTERS.shouldCache(new BooleanQuery.Builder().add(words, Occur.MUST)
                .add(anonymous, Occur.FILTER).build()));
        assertFalse(SearchIndex.ACCESS_FILTERS.shouldCache(new MatchAllDocsQuery()));
    }
}
