package se.kunskapsnav.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.kunskapsnav.platform.ContentSource;

import java.nio.charset.StandardCharsets;

/**
 * The portal's analysis chain, built once from {@code content/search/}: the Swedish Hunspell dictionary, the word
 * forms it keeps apart (both applied when indexing and to queries), and synonyms, question words, the English
 * glossary and the words that name a kind of hit (queries only).
 */
@ApplicationScoped
public class SearchWords {

    static final String DICTIONARY_AFFIXES = "search/hunspell-sv/index.aff";
    static final String DICTIONARY_WORDS = "search/hunspell-sv/index.dic";
    static final String WORD_FORMS = "search/word-forms.txt";
    static final String SYNONYMS = "search/synonyms.txt";
    static final String QUESTION_WORDS = "search/question-words.txt";
    static final String ENGLISH = "search/english.txt";
    static final String TYPE_WORDS = "search/type-words.txt";

    @Inject
    ContentSource content;

    private SearchAnalysis analysis;

    /** The chain; the first call reads the dictionary (some seconds), so concurrent first callers wait for one. */
    public synchronized SearchAnalysis analysis() {
        if (analysis == null) {
            SwedishDictionary dictionary = SwedishDictionary.read(bytes(DICTIONARY_AFFIXES), bytes(DICTIONARY_WORDS));
            analysis = SearchAnalysis.swedish(dictionary, content.read(WORD_FORMS), content.read(SYNONYMS),
                    content.read(QUESTION_WORDS), EnglishGlossary.parse(content.read(ENGLISH)),
                    content.read(TYPE_WORDS));
        }
        return analysis;
    }

    private byte[] bytes(String file) {
        return content.read(file).getBytes(StandardCharsets.UTF_8);
    }
}
