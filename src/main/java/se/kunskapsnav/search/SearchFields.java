package se.kunskapsnav.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The index's fields and how a {@link SearchDocument} fills them. Matching runs on {@code all} (title, text
 * and keywords), scoring adds {@code title}; the members-only part has fields of its own so a query can reach it
 * only with a member's token. Snippets are cut from the stored {@code text} and {@code member_text}, marked by the
 * offsets {@code all} and {@code all_member} keep in their postings (each holds that text first).
 */
public final class SearchFields {

    public static final String KEY = "key";
    public static final String TYPE = "type";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String MEMBER_TEXT = "member_text";
    public static final String ALL = "all";
    public static final String ALL_FOLDED = "all_folded";
    public static final String ALL_MEMBER = "all_member";
    public static final String ALL_MEMBER_FOLDED = "all_member_folded";
    public static final String SUGGEST = "suggest";
    public static final String SPELL = "spell";
    public static final String ACCESS = "access";
    public static final String MEMBER_ACCESS = "member_access";
    public static final String URL = "url";
    public static final String MEMBER_URL = "member_url";
    /** Days since 1970-01-01: a point for ranges, doc values for sorting, stored for showing. */
    public static final String DATE = "date";
    public static final String COUNTY = "county";

    /** Facet dimensions, named as their parameters in addresses. */
    public static final String FACET_TYPE = "typ";
    public static final String FACET_COUNTY = "lan";
    public static final String FACET_THEME = "tema";
    public static final String FACET_AUDIENCE = "yrke";
    public static final String FACET_YEAR = "ar";
    public static final List<String> FACETS = List.of(FACET_TYPE, FACET_COUNTY, FACET_THEME, FACET_AUDIENCE,
            FACET_YEAR);

    /** Text beyond this many characters of a document is neither searched nor shown (a book is not needed whole). */
    static final int MAX_TEXT = 100_000;

    static final FacetsConfig FACETS_CONFIG = facetsConfig();

    /** A searched field whose postings keep each word's offsets: snippets are marked without analysing again. */
    private static final FieldType WITH_OFFSETS = withOffsets();

    private SearchFields() {
    }

    static Document document(SearchDocument source) {
        Document doc = new Document();
        doc.add(new StringField(KEY, source.key(), Field.Store.YES));
        doc.add(new StringField(TYPE, source.type().code(), Field.Store.YES));
        doc.add(new TextField(TITLE, source.title(), Field.Store.YES));
        String text = cut(source.text());
        doc.add(new StoredField(TEXT, text));
        // the text first: its words' offsets in the postings are then offsets in the stored text, for snippets
        List<String> searched = List.of(text, source.title(), source.keywords());
        for (String value : searched) {
            doc.add(new Field(ALL, value, WITH_OFFSETS));
            doc.add(new TextField(ALL_FOLDED, value, Field.Store.NO));
        }
        if (!source.memberText().isBlank()) {
            String memberText = cut(source.memberText());
            doc.add(new StoredField(MEMBER_TEXT, memberText));
            for (String value : List.of(memberText, text, source.title(), source.keywords())) {
                doc.add(new Field(ALL_MEMBER, value, WITH_OFFSETS));
                doc.add(new TextField(ALL_MEMBER_FOLDED, value, Field.Store.NO));
            }
            source.memberAccess().forEach(token -> doc.add(new StringField(MEMBER_ACCESS, token, Field.Store.YES)));
            doc.add(new StoredField(MEMBER_URL, source.memberUrl()));
        }
        doc.add(new TextField(SUGGEST, source.title(), Field.Store.NO));
        if (source.access().contains(Access.PUBLIC)) {
            // spelling suggestions come only from what everyone may read, so they reveal nothing
            doc.add(new TextField(SPELL, source.title(), Field.Store.NO));
            doc.add(new TextField(SPELL, text, Field.Store.NO));
        }
        source.access().forEach(token -> doc.add(new StringField(ACCESS, token, Field.Store.NO)));
        doc.add(new StoredField(URL, source.url()));
        doc.add(new SortedSetDocValuesFacetField(FACET_TYPE, source.type().code()));
        if (source.date() != null) {
            long day = source.date().toEpochDay();
            doc.add(new LongPoint(DATE, day));
            doc.add(new NumericDocValuesField(DATE, day));
            doc.add(new StoredField(DATE, day));
            doc.add(new SortedSetDocValuesFacetField(FACET_YEAR, String.valueOf(source.date().getYear())));
        }
        for (String county : source.counties()) {
            doc.add(new StoredField(COUNTY, county));
            doc.add(new SortedSetDocValuesFacetField(FACET_COUNTY, county));
        }
        source.themes().forEach(theme -> doc.add(new SortedSetDocValuesFacetField(FACET_THEME, theme)));
        source.audience().forEach(code -> doc.add(new SortedSetDocValuesFacetField(FACET_AUDIENCE, code)));
        try {
            return FACETS_CONFIG.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    private static FieldType withOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        FACETS.forEach(dimension -> config.setMultiValued(dimension, true));
        return config;
    }
}
