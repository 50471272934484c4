package se.kunskapsnav.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening a generation: one written by another analysis chain is refused, so the indexer rebuilds it. */
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
}
