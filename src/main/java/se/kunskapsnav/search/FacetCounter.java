package se.kunskapsnav.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exact totals and facet counts of what a query finds, by sets of documents: the query's hits are collected once
 * into a bit set per segment (nothing scored), and each facet value's documents are a bit set kept per segment for
 * as long as the segment lives, so a count is the size of an intersection. The counts are those of Lucene's
 * {@code DrillSideways}: a chosen value narrows every dimension's counts but its own, which counts as if nothing
 * were chosen there, so a person sees what choosing another value would give.
 * <p>
 * What a query found may be kept for as long as the index does not change: a person who chooses a value after
 * searching asks the same words again, and their hits are then not collected anew (a third of such a search's time).
 */
final class FacetCounter {

    /**
     * At most this much memory for the hits kept (a query's take an eighth of a byte per document), and at most
     * {@link #KEPT_QUERIES} queries (their own size counts on a small index); beyond either, kept afresh.
     */
    private static final long KEPT_BYTES = 16L * 1024 * 1024;
    private static final int KEPT_QUERIES = 2_000;

    /** A facet value's term in the drill-down field: its dimension, this separator, its value. */
    private static final char DIMENSION_END = '\u001f';

    /** Each segment's facet values and their documents, for as long as the segment's core is open. */
    private final Map<Object, Map<String, Map<String, FixedBitSet>>> valuesBySegment =
            Collections.synchronizedMap(new WeakHashMap<>());
    private final boolean keepHits;
    /** The hits of queries counted on the reader last searched (one generation of the index). */
    private volatile KeptHits kept;

    private record KeptHits(IndexReader reader, Map<Query, FixedBitSet[]> byQuery) {
    }

    /** @param keepHits whether the hits of queries counted are kept for when they are counted again */
    FacetCounter(boolean keepHits) {
        this.keepHits = keepHits;
    }

    /**
     * The total of hits with every chosen value, the number of hits whatever values are chosen, and per dimension its
     * values' counts (zero counts left out); the hits with every chosen value per segment of the reader searched, by
     * its place in the reader (null for none).
     */
    record Counts(long total, long unfiltered, Map<String, Map<String, Long>> byDimension, FixedBitSet[] hits) {

        Map<String, Long> of(String dimension) {
            return byDimension.getOrDefault(dimension, Map.of());
        }
    }

    /**
     * Counts the hits of {@code query} (which must not hold the chosen values) with the values {@code chosen} per
     * dimension.
     */
    Counts count(IndexSearcher searcher, Query query, Map<String, String> chosen) throws IOException {
        FixedBitSet[] hitsBySegment = hits(searcher, query);
        long total = 0;
        long unfiltered = 0;
        Map<String, Map<String, Long>> byDimension = new LinkedHashMap<>();
        FixedBitSet[] withAllBySegment = new FixedBitSet[hitsBySegment.length];
        for (LeafReaderContext segment : searcher.getIndexReader().leaves()) {
            FixedBitSet hits = hitsBySegment[segment.ord];
            if (hits == null) {
                continue;
            }
            unfiltered += hits.cardinality();
            Map<String, Map<String, FixedBitSet>> values = values(segment.reader());
            FixedBitSet withAll = narrowed(hits, values, chosen, null);
            withAllBySegment[segment.ord] = withAll;
            total += withAll == null ? 0 : withAll.cardinality();
            for (Map.Entry<String, Map<String, FixedBitSet>> dimension : values.entrySet()) {
                // a chosen dimension counts its values as if it were not chosen
                FixedBitSet counted = chosen.containsKey(dimension.getKey())
                        ? narrowed(hits, values, chosen, dimension.getKey()) : withAll;
                if (counted == null) {
                    continue;
                }
                Map<String, Long> counts = byDimension.computeIfAbsent(dimension.getKey(), d -> new HashMap<>());
                dimension.getValue().forEach((value, documents) -> {
                    long count = FixedBitSet.intersectionCount(counted, documents);
                    if (count > 0) {
                        counts.merge(value, count, Long::sum);
                    }
                });
            }
        }
        return new Counts(total, unfiltered, byDimension, withAllBySegment);
    }

    /** The hits of {@code query}, one set per segment, as kept or collected now; never to be changed. */
    private FixedBitSet[] hits(IndexSearcher searcher, Query query) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        if (!keepHits) {
            return searcher.search(query, new HitSets(reader));
        }
        KeptHits current = kept;
        if (current == null || current.reader() != reader) {
            current = new KeptHits(reader, new ConcurrentHashMap<>());
            kept = current;
        }
        FixedBitSet[] hits = current.byQuery().get(query);
        if (hits == null) {
            hits = searcher.search(query, new HitSets(reader));
            long most = Math.min(KEPT_QUERIES, KEPT_BYTES * 8 / Math.max(1, reader.maxDoc()));
            if (current.byQuery().size() >= most) {
                current.byQuery().clear();
            }
            current.byQuery().put(query, hits);
        }
        return hits;
    }

    /** {@code hits} with every chosen value but {@code except}'s, or null when none is left. */
    private static FixedBitSet narrowed(FixedBitSet hits, Map<String, Map<String, FixedBitSet>> values,
                                        Map<String, String> chosen, String except) {
        FixedBitSet narrowed = hits;
        for (Map.Entry<String, String> choice : chosen.entrySet()) {
            if (choice.getKey().equals(except)) {
                continue;
            }
            FixedBitSet documents = values.getOrDefault(choice.getKey(), Map.of()).get(choice.getValue());
            if (documents == null) {
                return null;
            }
            if (narrowed == hits) {
                narrowed = hits.clone();
            }
            narrowed.and(documents);
        }
        return narrowed;
    }

    private Map<String, Map<String, FixedBitSet>> values(LeafReader segment) throws IOException {
        IndexReader.CacheHelper core = segment.getCoreCacheHelper();
        if (core == null) {
            return read(segment);
        }
        Map<String, Map<String, FixedBitSet>> values = valuesBySegment.get(core.getKey());
        if (values == null) {
            values = read(segment);
            valuesBySegment.put(core.getKey(), values);
        }
        return values;
    }

    /** Every facet value's documents in one segment, deleted ones too (the hits never hold those). */
    private static Map<String, Map<String, FixedBitSet>> read(LeafReader segment) throws IOException {
        Map<String, Map<String, FixedBitSet>> values = new LinkedHashMap<>();
        // every dimension's values are terms of one drill-down field, "dimension\u001fvalue"
        Terms terms = segment.terms(SearchFields.FACETS_CONFIG.getDimConfig(SearchFields.FACET_TYPE).indexFieldName);
        if (terms == null) {
            return values;
        }
        TermsEnum term = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef text = term.next(); text != null; text = term.next()) {
            String path = text.utf8ToString();
            int end = path.indexOf(DIMENSION_END);
            if (end < 0 || path.indexOf(DIMENSION_END, end + 1) >= 0
                    || !SearchFields.FACETS.contains(path.substring(0, end))) {
                continue; // a dimension's own term, not a value
            }
            postings = term.postings(postings, PostingsEnum.NONE);
            FixedBitSet documents = new FixedBitSet(segment.maxDoc());
            documents.or(postings);
            values.computeIfAbsent(path.substring(0, end), d -> new LinkedHashMap<>())
                    .put(path.substring(end + 1), documents);
        }
        return values;
    }

    /** Collects a query's hits into one bit set per segment; several collectors' sets are joined. */
    private static final class HitSets implements CollectorManager<HitSets.Sets, FixedBitSet[]> {

        private final IndexReader reader;

        HitSets(IndexReader reader) {
            this.reader = reader;
        }

        @Override
        public Sets newCollector() {
            return new Sets(new FixedBitSet[reader.leaves().size()]);
        }

        @Override
        public FixedBitSet[] reduce(Collection<Sets> collectors) {
            FixedBitSet[] joined = new FixedBitSet[reader.leaves().size()];
            for (Sets collector : collectors) {
                for (int i = 0; i < joined.length; i++) {
                    FixedBitSet set = collector.bySegment[i];
                    if (set != null && joined[i] == null) {
                        joined[i] = set;
                    } else if (set != null) {
                        joined[i].or(set);
                    }
                }
            }
            return joined;
        }

        private record Sets(FixedBitSet[] bySegment) implements Collector {

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext segment) {
                if (bySegment[segment.ord] == null) {
                    bySegment[segment.ord] = new FixedBitSet(segment.reader().maxDoc());
                }
                FixedBitSet hits = bySegment[segment.ord];
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {
                    }

                    @Override
                    public void collect(int doc) {
                        hits.set(doc);
                    }
                };
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }
    }

    /** The values of one dimension, most common first (ties by value), at most {@code max}. */
    static List<Map.Entry<String, Long>> top(Map<String, Long> counts, int max) {
        List<Map.Entry<String, Long>> values = new ArrayList<>(counts.entrySet());
        values.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return values.subList(0, Math.min(max, values.size()));
    }
}
