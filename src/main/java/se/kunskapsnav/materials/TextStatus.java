package se.kunskapsnav.materials;

/** What came of extracting a stored file's text for search. */
public enum TextStatus {
    /** The text is in {@code stored_file.extracted_text}. */
    EXTRACTED,
    /** An image or a film: there is no text to extract. */
    NO_TEXT,
    /** A document whose text could not be read (damaged, encrypted); the file is kept all the same. */
    FAILED
}
