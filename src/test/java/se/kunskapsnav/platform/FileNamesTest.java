package se.kunskapsnav.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileNamesTest {

    @Test
    void theNameComesAsAsciiAndInFullWithoutBreakingTheHeader() {
        assertEquals("attachment; filename=\"Minnesanteckningar v_r.pdf\"; "
                        + "filename*=UTF-8''Minnesanteckningar%20v%C3%A5r.pdf",
                FileNames.contentDisposition(false, "Minnesanteckningar vår.pdf"));
        assertEquals("inline; filename=\"a_b_.txt\"; filename*=UTF-8''a%22b%3B.txt",
                FileNames.contentDisposition(true, "a\"b;.txt"));
    }

    @Test
    void onlyTheLastPartOfAPathIsKeptWithoutControlCharacters() {
        assertEquals("rutin.docx", FileNames.clean("C:\\Users\\anna\\rutin.docx"));
        assertEquals("rutin.docx", FileNames.clean("../../rutin\u0000.docx"));
        assertEquals("", FileNames.clean(null));
    }
}
