package se.kunskapsnav.search;

/** Something the person should know about how their search was read; each has a text in the bundles. */
public enum SearchNotice {
    /** The text was longer than {@link UserQuery#MAX_LENGTH} characters and was cut. */
    TRIMMED,
    /** Nothing searchable was typed: everything is listed, newest first. */
    EMPTY,
    /** Operators or characters that mean nothing here (a lone quote, AND alone, *) were left out. */
    IGNORED_SYNTAX,
    /** Nothing matched every word; hits with some of the words are shown. */
    ANY_WORD,
    /** Fewer than a page matched every word of a longer query; hits lacking one word follow them. */
    ALL_BUT_ONE_BELOW,
    /** Nothing matched as written; hits found without telling å, ä and ö from a and o are shown. */
    FOLDED,
    /** Nothing matched as written; hits for the suggested spelling are shown. */
    CORRECTED,
    /** The query was read as English; hits for its Swedish words are shown too ("Visar träffar på svenska för …"). */
    TRANSLATED,
    /** The index is being built; results may be missing until it is done. */
    INDEX_BUILDING
}
