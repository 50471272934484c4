package se.kunskapsnav.search;

import org.apache.lucene.analysis.hunspell.AffixedWord;
import org.apache.lucene.analysis.hunspell.DictEntries;
import org.apache.lucene.analysis.hunspell.DictEntry;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The Swedish Hunspell dictionary ({@code content/search/hunspell-sv}) read by Lucene's Hunspell support: the base
 * forms of a word ("frågar" and "frågor" are "fråga", "barnahuset" is "barnahus") and the parts of a compound,
 * split where the dictionary's own compound flags allow it. A part must be a word the dictionary lets begin
 * (or continue) a compound, directly ("barn", "kvinno") or through one of its joining suffixes ("heder" as
 * "heders"), and the last part a word it lets end one: "kvinnofridssamordnare" is "kvinnofrid" and "samordnare",
 * while "barnmorska" stays whole because "morsk" may not end a compound. Where the flags allow no split because the
 * first part lacks them, a genitive "s" between two words still splits one ("orosanmälan": "oro", "anmälan"), and a
 * word the dictionary does not know at all is split where it is two words of its own written together
 * ("hotbedömning": "hot", "bedömning").
 * Answers are kept per word, so each distinct word is looked up once; one instance serves every thread.
 */
public final class SwedishDictionary {

    /** The shortest base form a compound's first part may have ("hot", "sex", "oro"). */
    static final int MIN_HEAD = 3;
    /** The shortest last part, as written and as base form: shorter endings ("ser", "nad") are mostly noise. */
    static final int MIN_TAIL = 4;
    /** The shortest last part after a genitive "s" the flags do not allow: such splits are guesses, kept to long parts. */
    static final int MIN_TAIL_JOINED = 6;
    private static final int MAX_PARTS = 4;
    /** Plural endings of a noun whose plural the dictionary reads only as a verb ("träffar" as "träffa"). */
    private static final List<String> PLURAL_ENDINGS = List.of("arna", "ar");
    /** Beyond this many distinct words the answers kept are dropped and gathered again. */
    private static final int MAX_KEPT = 200_000;

    private final Dictionary dictionary;
    private final ThreadLocal<Hunspell> hunspell;
    private final char compoundBegin;
    private final char compoundMiddle;
    private final char compoundEnd;
    private final char onlyInCompound;
    private final List<JoiningSuffix> joiningSuffixes;
    private final Map<String, Analysis> kept = new ConcurrentHashMap<>();

    /**
     * What the dictionary makes of one lowercase word.
     *
     * @param baseForms the word's base forms; empty when the dictionary does not know the word
     * @param parts     the base forms of its compound parts, first to last; empty when it is no compound
     * @param lastPart  the last part as written ("samordnarna" of "kvinnofridssamordnarna"), or null
     * @param words     the compound as separate words, when every part is a word of its own of at least
     *                  {@link #MIN_HEAD} letters: the front parts' first base forms and the last part as written
     *                  ("risk bedömningar" of "riskbedömningar"); empty otherwise ("kvinnojour": "kvinno" is no
     *                  word alone)
     * @param guessed   whether the word is in the dictionary in no form and was split only because it is two words
     *                  of its own written together ("hotbedömning"): searched as a compound, yet no word to be sure
     *                  of (a misspelling may read so)
     */
    public record Analysis(List<String> baseForms, List<String> parts, String lastPart, List<String> words,
                           boolean guessed) {
        static final Analysis UNKNOWN = new Analysis(List.of(), List.of(), null, List.of(), false);

        public boolean known() {
            return !baseForms.isEmpty() || !parts.isEmpty();
        }
    }

    /**
     * A suffix rule of the affix file whose result may stand first or inside a compound ("SFX v 0 s/WXZ [^a]":
     * "heder" + s).
     */
    private record JoiningSuffix(char flag, String strip, String add, Pattern condition, boolean begins,
                                 boolean continues) {
    }

    private record Part(String written, List<String> baseForms) {
    }

    private SwedishDictionary(Dictionary dictionary, String affix) {
        this.dictionary = dictionary;
        this.hunspell = ThreadLocal.withInitial(() -> new Hunspell(dictionary));
        this.compoundBegin = flag(affix, "COMPOUNDBEGIN");
        this.compoundMiddle = flag(affix, "COMPOUNDMIDDLE");
        this.compoundEnd = flag(affix, "COMPOUNDEND");
        this.onlyInCompound = flag(affix, "ONLYINCOMPOUND");
        this.joiningSuffixes = joiningSuffixes(affix);
    }

    /** Reads the affix file and the word list (both UTF-8, as the files in content/search/hunspell-sv). */
    public static SwedishDictionary read(byte[] affix, byte[] words) {
        try (InputStream affixStream = new ByteArrayInputStream(affix);
             InputStream wordStream = new ByteArrayInputStream(words)) {
            Dictionary dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell", affixStream, wordStream);
            return new SwedishDictionary(dictionary, new String(affix, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Swedish dictionary: " + e.getMessage(), e);
        }
    }

    /** Base forms and compound parts of a lowercase word. */
    public Analysis analyse(String word) {
        Analysis analysis = kept.get(word);
        if (analysis == null) {
            analysis = lookUp(word);
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            kept.put(word, analysis);
        }
        return analysis;
    }

    private Analysis lookUp(String word) {
        if (!Character.isLetter(word.charAt(0))) {
            return Analysis.UNKNOWN;
        }
        Hunspell speller = hunspell.get();
        List<String> baseForms = withNoun(word, speller.getRoots(word).stream().distinct().toList());
        List<Part> parts = split(word);
        boolean guessed = false;
        if (parts.isEmpty() && baseForms.isEmpty()) {
            parts = joinedDirectly(word);
            guessed = !parts.isEmpty();
        }
        if (parts.isEmpty()) {
            return baseForms.isEmpty() ? Analysis.UNKNOWN : new Analysis(baseForms, List.of(), null, List.of(), false);
        }
        Part last = parts.getLast();
        if (baseForms.isEmpty()) {
            // a compound the dictionary does not list: its base form is the word with the last part's base form
            String front = word.substring(0, word.length() - last.written().length());
            baseForms = last.baseForms().stream().map(base -> front + base).toList();
        }
        Set<String> partForms = new LinkedHashSet<>();
        parts.forEach(part -> partForms.addAll(part.baseForms()));
        baseForms.forEach(partForms::remove);
        return new Analysis(baseForms, List.copyOf(partForms), last.written(), words(parts), guessed);
    }

    /**
     * {@code forms} with the noun {@code word} is the plural of, when the dictionary lists the noun without that
     * plural and reads the word only as a form of the verb of the same stem: "träff" has no "träffar" in it, so
     * "nätverksträffar" would be the verb "nätverksträffa" alone and never meet "nätverksträff".
     */
    private List<String> withNoun(String word, List<String> forms) {
        for (String ending : PLURAL_ENDINGS) {
            if (!word.endsWith(ending) || word.length() - ending.length() < MIN_TAIL) {
                continue;
            }
            String noun = word.substring(0, word.length() - ending.length());
            if (forms.contains(noun + "a") && !forms.contains(noun) && !ownForms(noun).isEmpty()) {
                List<String> withNoun = new ArrayList<>(forms);
                withNoun.add(noun);
                return List.copyOf(withNoun);
            }
            return forms;
        }
        return forms;
    }

    private static List<String> words(List<Part> parts) {
        List<String> words = new ArrayList<>();
        for (Part part : parts.subList(0, parts.size() - 1)) {
            if (part.baseForms().isEmpty() || part.baseForms().getFirst().length() < MIN_HEAD) {
                return List.of();
            }
            words.add(part.baseForms().getFirst());
        }
        words.add(parts.getLast().written());
        return List.copyOf(words);
    }

    /**
     * The parts of a compound, or none: the longest last part the dictionary lets end a compound, after a front
     * that is one part or several it lets begin and continue one.
     */
    private List<Part> split(String word) {
        for (int cut = MIN_HEAD; cut <= word.length() - MIN_TAIL; cut++) {
            String tail = word.substring(cut);
            List<String> tailForms = endForms(tail);
            if (tailForms.isEmpty()) {
                continue;
            }
            List<Part> front = front(word.substring(0, cut), true, MAX_PARTS - 1);
            if (front != null) {
                List<Part> parts = new ArrayList<>(front);
                parts.add(new Part(tail, tailForms));
                return parts;
            }
        }
        return genitiveJoined(word);
    }

    /**
     * A compound of two parts joined by the genitive "s", where the dictionary's flags give none because its first
     * part lacks the compound flags: "orosanmälan" is "oro" and "anmälan" ("oro" may begin no compound by the
     * flags). The first part must be a word of its own of at least {@link #MIN_HEAD} letters, not ending in "s", and
     * the last one a word the dictionary lets end a compound, of at least {@link #MIN_TAIL_JOINED} letters, so
     * "korsord" (a crossword, not "kor" and "ord") stays whole.
     */
    private List<Part> genitiveJoined(String word) {
        return twoWords(word, "s");
    }

    /**
     * A compound the dictionary neither lists nor lets its flags split, of two words of its own written together:
     * "hotbedömning" is "hot" and "bedömning" ("hot" may begin no compound by the flags), so its forms and parts are
     * found as for any compound ("hotbedömningar" is "hotbedömning"). Only for words the dictionary does not know at
     * all, with the same limits as {@link #genitiveJoined}: a first part of at least {@link #MIN_HEAD} letters, a
     * last part of at least {@link #MIN_TAIL_JOINED}.
     */
    private List<Part> joinedDirectly(String word) {
        return twoWords(word, "");
    }

    /**
     * Two words of their own with {@code joint} between them (the genitive "s", or nothing), the first of at least
     * {@link #MIN_HEAD} letters and not ending in the joint, the last one that may end a compound, of at least
     * {@link #MIN_TAIL_JOINED}; the longest such last part, or none.
     */
    private List<Part> twoWords(String word, String joint) {
        for (int end = MIN_HEAD; end <= word.length() - MIN_TAIL_JOINED - joint.length(); end++) {
            if (!word.startsWith(joint, end) || !joint.isEmpty() && word.startsWith(joint, end - joint.length())) {
                continue;
            }
            String tail = word.substring(end + joint.length());
            List<String> tailForms = endForms(tail);
            if (tailForms.isEmpty()) {
                continue;
            }
            List<String> headForms = ownForms(word.substring(0, end));
            if (!headForms.isEmpty()) {
                return List.of(new Part(word.substring(0, end + joint.length()), headForms), new Part(tail, tailForms));
            }
        }
        return List.of();
    }

    /** The parts of the front of a compound, or null when it cannot be one. */
    private List<Part> front(String front, boolean first, int partsLeft) {
        Part whole = joining(front, first);
        if (whole != null) {
            return List.of(whole);
        }
        if (partsLeft < 2) {
            return null;
        }
        for (int cut = MIN_HEAD; cut <= front.length() - MIN_HEAD; cut++) {
            List<Part> before = front(front.substring(0, cut), first, partsLeft - 1);
            if (before == null) {
                continue;
            }
            Part middle = joining(front.substring(cut), false);
            if (middle != null) {
                List<Part> parts = new ArrayList<>(before);
                parts.add(middle);
                return parts;
            }
        }
        return null;
    }

    /**
     * A word as it stands first ({@code first}) or inside a compound: listed with that permission ("barn",
     * "kvinno"), or made so by a joining suffix ("heders" of "heder"). Forms that exist only inside compounds give
     * no base form.
     */
    private Part joining(String written, boolean first) {
        char permission = first ? compoundBegin : compoundMiddle;
        List<String> forms = new ArrayList<>();
        boolean allowed = false;
        for (DictEntry entry : entries(written)) {
            if (entry.getFlags().indexOf(permission) >= 0) {
                allowed = true;
                if (entry.getFlags().indexOf(onlyInCompound) < 0) {
                    forms.add(entry.getStem());
                }
            }
        }
        for (JoiningSuffix suffix : joiningSuffixes) {
            if ((first ? !suffix.begins() : !suffix.continues()) || !written.endsWith(suffix.add())) {
                continue;
            }
            String base = written.substring(0, written.length() - suffix.add().length()) + suffix.strip();
            if (base.length() < MIN_HEAD || !suffix.condition().matcher(base).find()) {
                continue;
            }
            for (DictEntry entry : entries(base)) {
                if (entry.getFlags().indexOf(suffix.flag()) >= 0) {
                    allowed = true;
                    forms.add(entry.getStem());
                }
            }
        }
        return allowed && written.length() >= MIN_HEAD ? new Part(written, forms.stream().distinct().toList()) : null;
    }

    /** The base forms of a word that stands on its own, not only inside compounds, or none. */
    private List<String> ownForms(String word) {
        return entries(word).stream().filter(entry -> entry.getFlags().indexOf(onlyInCompound) < 0)
                .map(DictEntry::getStem).distinct().toList();
    }

    /** The base forms of a word that may end a compound, or none. */
    private List<String> endForms(String tail) {
        List<String> forms = new ArrayList<>();
        for (AffixedWord word : hunspell.get().analyzeSimpleWord(tail)) {
            DictEntry entry = word.getDictEntry();
            if (entry.getFlags().indexOf(compoundEnd) >= 0 && entry.getStem().length() >= MIN_TAIL - 1) {
                forms.add(entry.getStem());
            }
        }
        return withNoun(tail, forms.stream().distinct().toList());
    }

    private List<DictEntry> entries(String word) {
        DictEntries entries = dictionary.lookupEntries(word);
        return entries == null ? List.of() : entries;
    }

    private static char flag(String affix, String name) {
        for (String line : affix.lines().toList()) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length >= 2 && fields[0].equals(name) && fields[1].length() == 1) {
                return fields[1].charAt(0);
            }
        }
        throw new IllegalArgumentException("Swedish dictionary: the affix file names no " + name + " flag");
    }

    /** The suffix rules whose results carry the compound-begin or compound-middle flag. */
    private List<JoiningSuffix> joiningSuffixes(String affix) {
        List<JoiningSuffix> suffixes = new ArrayList<>();
        for (String line : affix.lines().toList()) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length < 5 || !fields[0].equals("SFX") || fields[1].length() != 1) {
                continue;
            }
            int slash = fields[3].indexOf('/');
            if (slash < 0) {
                continue;
            }
            String continuation = fields[3].substring(slash + 1);
            boolean begins = continuation.indexOf(compoundBegin) >= 0;
            boolean continues = continuation.indexOf(compoundMiddle) >= 0;
            if (begins || continues) {
                String add = fields[3].substring(0, slash);
                suffixes.add(new JoiningSuffix(fields[1].charAt(0), fields[2].equals("0") ? "" : fields[2],
                        add.equals("0") ? "" : add, Pattern.compile(fields[4] + "$"), begins, continues));
            }
        }
        return List.copyOf(suffixes);
    }
}
