package se.kunskapsnav.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Totals and facet counts by sets of documents equal Lucene's own drill-sideways counting. */
class FacetCounterTest {

    private static final List<String> WORDS = List.of("våld", "stöd", "barn");

    @Test
    void countsAsDrillSidewaysDoesWithAndWithoutChosenValues() throws IOException {
        Random random = new Random(7);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                     .setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 3_000; i++) {
                writer.addDocument(document(i, random));
                if (i % 1_000 == 999) {
                    writer.commit(); // several segments
                }
            }
            writer.deleteDocuments(new Term("id", "5"), new Term("id", "1500"), new Term("id", "2999"));
            writer.commit();
            FacetCounter counter = new FacetCounter(true);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertTrue(reader.leaves().size() > 1);
                assertCountsAsDrillSideways(counter, reader);
                // what was kept for the first reader must not be counted for the changed one, although most of
                // its segments are the same
                for (int i = 0; i < 3_000; i += 7) {
                    writer.deleteDocuments(new Term("id", String.valueOf(i)));
                }
                for (int i = 3_000; i < 3_300; i++) {
                    writer.addDocument(document(i, random));
                }
                writer.commit();
                try (DirectoryReader changed = DirectoryReader.openIfChanged(reader)) {
                    assertTrue(changed.leaves().get(0).reader().getCoreCacheHelper().getKey()
                            == reader.leaves().get(0).reader().getCoreCacheHelper().getKey(), "a segment kept");
                    assertCountsAsDrillSideways(counter, changed);
                }
            }
        }
    }

    /** Every query's counts with every choice of values, each query counted once per choice. */
    private static void assertCountsAsDrillSideways(FacetCounter counter, DirectoryReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<Map<String, String>> choices = List.of(Map.of(),
                Map.of(SearchFields.FACET_TYPE, "kurs"),
                Map.of(SearchFields.FACET_COUNTY, "12"),
                ordered(SearchFields.FACET_TYPE, "material", SearchFields.FACET_YEAR, "2027"),
                ordered(SearchFields.FACET_COUNTY, "01", SearchFields.FACET_THEME, "heder"),
                Map.of(SearchFields.FACET_COUNTY, "99")); // a value no document has
        List<Query> queries = new ArrayList<>(WORDS.stream()
                .<Query>map(word -> new TermQuery(new Term("text", word))).toList());
        queries.add(new MatchAllDocsQuery()); // browsing: nothing typed
        for (Query query : queries) {
            for (Map<String, String> chosen : choices) {
                FacetCounter.Counts counts = counter.count(searcher, query, chosen);
                DrillDownQuery drillDown = new DrillDownQuery(SearchFields.FACETS_CONFIG, query);
                chosen.forEach(drillDown::add);
                DrillSideways.ConcurrentDrillSidewaysResult<Integer> expected = new DrillSideways(searcher,
                        SearchFields.FACETS_CONFIG, new DefaultSortedSetDocValuesReaderState(reader,
                        SearchFields.FACETS_CONFIG)).search(drillDown, new TotalHitCountCollectorManager(
                        searcher.getSlices()));
                String what = query + " " + chosen;
                assertEquals(expected.collectorResult.longValue(), counts.total(), what);
                for (String dimension : SearchFields.FACETS) {
                    assertEquals(counts(expected.facets.getTopChildren(100, dimension)),
                            counts.of(dimension), what + " " + dimension);
                }
            }
        }
    }

    private static Document document(int id, Random random) {
        Document doc = new Document();
        doc.add(new StringField("id", String.valueOf(id), Field.Store.NO));
        doc.add(new StringField("text", WORDS.get(random.nextInt(WORDS.size())), Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(SearchFields.FACET_TYPE,
                List.of("kurs", "material", "traff").get(random.nextInt(3))));
        doc.add(new SortedSetDocValuesFacetField(SearchFields.FACET_COUNTY, List.of("01", "12", "14").get(id % 3)));
        if (random.nextBoolean()) {
            doc.add(new SortedSetDocValuesFacetField(SearchFields.FACET_COUNTY, "25")); // two counties
        }
        doc.add(new SortedSetDocValuesFacetField(SearchFields.FACET_THEME,
                List.of("heder", "barn", "aldre", "missbruk").get(random.nextInt(4))));
        doc.add(new SortedSetDocValuesFacetField(SearchFields.FACET_YEAR, String.valueOf(2025 + random.nextInt(3))));
        try {
            return SearchFields.FACETS_CONFIG.build(doc);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Long> counts(FacetResult result) {
        Map<String, Long> counts = new HashMap<>();
        if (result != null) {
            for (LabelAndValue value : result.labelValues) {
                counts.put(value.label, value.value.longValue());
            }
        }
        return counts;
    }

    private static Map<String, String> ordered(String dimension, String value, String other, String otherValue) {
        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put(dimension, value);
        chosen.put(other, otherValue);
        return chosen;
    }
}
