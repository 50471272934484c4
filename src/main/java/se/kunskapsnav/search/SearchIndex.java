package se.kunskapsnav.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One generation of the search index on disk, with its writer and a near-real-time searcher. The index
 * directory holds generations ({@code g1}, {@code g2}, …) and a file {@code current} naming the one in use,
 * so a rebuild writes a new generation while the old one keeps answering, and then takes over by
 * replacing {@code current} in one move. Each commit records the last change-log sequence it includes.
 */
public final class SearchIndex implements Closeable {

    static final String APPLIED_SEQUENCE = "applied_sequence";
    static final String FORMAT = "format";
    /**
     * The analysis chain and field options the index is written with; an index of another format is rebuilt at
     * start. 2: the Swedish Hunspell dictionary in the chain and offsets in the postings of {@code all} (issue 22);
     * 3: compounds' parts indexed marked ({@link SearchAnalysis#PART_MARK}), so they weigh less than the word itself;
     * 4: stop words indexed as written, compounds joined by a genitive "s" split where the dictionary's flags say
     * nothing ("orosanmälan"); 5: a noun's plural the dictionary reads only as a verb also as the noun ("träffar");
     * 6: the synonyms' and the glossary's phrases indexed as one term each ({@link IndexedPhrases}), their
     * fingerprint after the number, so an index written with other phrases is rebuilt too; 7: a word the dictionary
     * does not know split where it is two words of its own written together ("hotbedömning").
     */
    static final String CURRENT_FORMAT = "7";
    /**
     * Scoring: BM25 with less weight on a text's length than Lucene's default (b 0.75): the index holds
     * municipalities' short entries beside lessons twenty times as long, and a long lesson about a subject should not
     * lose to a short text that mentions it once. b 0.5 and 0.3 were measured (docs/search.md); 0.3 is kept.
     * Each further mention counts more than by Lucene's default (k1 2.5, not 1.2): the texts are short, and one that
     * keeps writing the words is about them, while one that names them in its title may only mention them. Only
     * searching reads these; the index stores lengths alone, so changing them needs no new format.
     */
    static final Similarity SIMILARITY = new BM25Similarity(2.5f, 0.3f);
    private static final String CURRENT = "current";
    /**
     * Lucene's query cache (per segment, so per index generation) keeps the documents of the access filters, one
     * set per caller's tokens, which every search uses; nothing else, so that a search's own words are matched anew
     * each time and the cache's memory goes to what all searches share.
     */
    static final QueryCachingPolicy ACCESS_FILTERS = new QueryCachingPolicy() {
        @Override
        public void onUse(Query query) {
        }

        @Override
        public boolean shouldCache(Query query) {
            Set<String> fields = new HashSet<>();
            query.visit(new QueryVisitor() {
                @Override
                public boolean acceptField(String field) {
                    fields.add(field);
                    return true;
                }
            });
            return !fields.isEmpty() && Set.of(SearchFields.ACCESS, SearchFields.MEMBER_ACCESS).containsAll(fields);
        }
    };

    private final Path directory;
    private final FSDirectory store;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The format this index is written in: the chain's number and its phrases' fingerprint. */
    private final String format;

    private SearchIndex(Path directory, SearchAnalysis analysis, IndexWriterConfig.OpenMode mode, double bufferMb)
            throws IOException {
        this.directory = directory;
        this.format = CURRENT_FORMAT + "/" + analysis.indexedPhrases().fingerprint();
        this.store = FSDirectory.open(directory);
        IndexWriter opened = null;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analysis.index())
                    .setSimilarity(SIMILARITY)
                    .setOpenMode(mode)
                    .setRAMBufferSizeMB(bufferMb)
                    .setCommitOnClose(false);
            opened = new IndexWriter(store, config);
            this.writer = opened;
            this.searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    IndexSearcher searcher = new PhraseTermsUncounted(reader, analysis.indexedPhrases());
                    searcher.setSimilarity(SIMILARITY);
                    searcher.setQueryCachingPolicy(ACCESS_FILTERS);
                    return searcher;
                }
            });
            verify();
        } catch (IOException | RuntimeException e) {
            if (opened != null) {
                opened.rollback();
            }
            store.close();
            throw e;
        }
    }

    /**
     * A searcher whose fields' statistics leave out the indexed phrases' terms ({@link IndexedPhrases}): they are read
     * only to count, and must not make the texts BM25 compares a text's length with any longer than they are.
     */
    private static final class PhraseTermsUncounted extends IndexSearcher {

        private final IndexedPhrases phrases;
        private final Map<String, CollectionStatistics> statistics = new ConcurrentHashMap<>();

        PhraseTermsUncounted(IndexReader reader, IndexedPhrases phrases) {
            super(reader);
            this.phrases = phrases;
        }

        @Override
        public CollectionStatistics collectionStatistics(String field) throws IOException {
            CollectionStatistics all = super.collectionStatistics(field);
            if (all == null || !phrases.inField(field)) {
                return all;
            }
            CollectionStatistics kept = statistics.get(field);
            if (kept == null) {
                long[] counted = phrases.occurrences(getIndexReader(), field);
                kept = new CollectionStatistics(field, all.maxDoc(), all.docCount(),
                        all.sumTotalTermFreq() - counted[0], all.sumDocFreq() - counted[1]);
                statistics.put(field, kept);
            }
            return kept;
        }
    }

    /**
     * The generation named in {@code root/current}, checked from end to end.
     *
     * @throws IOException when there is none, or it is unreadable or damaged: then it must be rebuilt
     */
    public static SearchIndex openCurrent(Path root, SearchAnalysis analysis) throws IOException {
        Path current = root.resolve(CURRENT);
        if (!Files.isRegularFile(current)) {
            throw new IOException("no search index in " + root);
        }
        Path generation = root.resolve(Files.readString(current).strip());
        if (!Files.isDirectory(generation)) {
            throw new IOException("the current search index " + generation + " is missing");
        }
        SearchIndex index = new SearchIndex(generation, analysis, IndexWriterConfig.OpenMode.APPEND, 32);
        String format = index.commitData(FORMAT);
        if (!index.format.equals(format)) {
            index.close();
            throw new IOException("the search index was written in format " + format + ", not " + index.format);
        }
        return index;
    }

    /** A new, empty generation beside the current one, for a rebuild; {@link #makeCurrent()} when it is full. */
    public static SearchIndex createGeneration(Path root, SearchAnalysis analysis) throws IOException {
        Files.createDirectories(root);
        int next;
        try (Stream<Path> entries = Files.list(root)) {
            next = entries.map(path -> path.getFileName().toString())
                    .filter(name -> name.matches("g\\d+"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1)))
                    .max().orElse(0) + 1;
        }
        // a big buffer: a rebuild writes every document at once
        return new SearchIndex(root.resolve("g" + next), analysis, IndexWriterConfig.OpenMode.CREATE, 256);
    }

    /** Names this generation in {@code current}, in one move: from now on it is the one opened at start. */
    public void makeCurrent() throws IOException {
        Path root = directory.getParent();
        Path next = root.resolve(CURRENT + ".next");
        Files.writeString(next, directory.getFileName().toString());
        Files.move(next, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Removes the generations other than this one (after the old one is closed). */
    public void deleteOtherGenerations() throws IOException {
        Path root = directory.getParent();
        try (Stream<Path> entries = Files.list(root)) {
            for (Path other : entries.filter(Files::isDirectory).filter(path -> !path.equals(directory)).toList()) {
                deleteTree(other);
            }
        }
    }

    /** The last change-log sequence the latest commit includes (0 for a new generation). */
    public long appliedSequence() {
        String applied = commitData(APPLIED_SEQUENCE);
        return applied == null ? 0 : Long.parseLong(applied);
    }

    private String commitData(String key) {
        for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
            if (entry.getKey().equals(key)) {
                return entry.getValue();
            }
        }
        return null;
    }

    public void put(SearchDocument document) throws IOException {
        writer.updateDocument(new Term(SearchFields.KEY, document.key()), SearchFields.document(document));
    }

    public void remove(String key) throws IOException {
        writer.deleteDocuments(new Term(SearchFields.KEY, key));
    }

    /** Makes what was written so far durable, recording {@code appliedSequence}, and searchable. */
    public void commit(long appliedSequence) throws IOException {
        writer.setLiveCommitData(Map.of(APPLIED_SEQUENCE, Long.toString(appliedSequence),
                FORMAT, format).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    public <T> T withSearcher(Function<IndexSearcher, T> search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int documents() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.rollback(); // everything worth keeping is committed; the rest is applied again from the log
        } finally {
            store.close();
        }
    }

    /** Reads every file's checksum: a damaged index is found at opening, not by a search later. */
    private void verify() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
