package se.kunskapsnav.platform;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

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

    /** A header as a multipart reader hands it over: its bytes, each read as one ISO-8859-1 character. */
    private static String received(String header, java.nio.charset.Charset sentAs) {
        return new String(header.getBytes(sentAs), StandardCharsets.ISO_8859_1);
    }

    @Test
    void aMultipartFileNameIsReadAsUtf8AsBrowsersAndCurlSendIt() {
        assertEquals("Rutin för våld.pdf", FileNames.fromContentDisposition(received(
                "form-data; name=\"fil\"; filename=\"Rutin för våld.pdf\"", StandardCharsets.UTF_8)));
        assertEquals("Rapport \"ny\".pdf", FileNames.fromContentDisposition(received(
                "form-data; name=\"fil\"; filename=\"Rapport %22ny%22.pdf\"", StandardCharsets.UTF_8)),
                "browsers and curl write a quote as %22");
        assertEquals("Rapport \"ny\".pdf", FileNames.fromContentDisposition(
                "form-data; name=\"fil\"; filename=\"Rapport \\\"ny\\\".pdf\""), "or escape it");
        assertEquals("C:\\Users\\anna\\rutin.pdf", FileNames.fromContentDisposition(
                "form-data; name=\"fil\"; filename=\"C:\\Users\\anna\\rutin.pdf\""), "an old browser's path");
        assertEquals("rutin.pdf", FileNames.fromContentDisposition("form-data; name=fil; filename=rutin.pdf"));
    }

    @Test
    void anExtendedFileNameWinsAndAnOldClientsLatin1IsKept() {
        assertEquals("Rutin för våld.pdf", FileNames.fromContentDisposition(
                "form-data; name=\"fil\"; filename=\"Rutin for vald.pdf\"; "
                        + "filename*=UTF-8''Rutin%20f%C3%B6r%20v%C3%A5ld.pdf"));
        assertEquals("Möte.pdf", FileNames.fromContentDisposition(
                "form-data; FILENAME*=iso-8859-1'sv'M%F6te.pdf; name=\"fil\""));
        assertEquals("Anteckning från mötet.txt", FileNames.fromContentDisposition(received(
                "form-data; name=\"fil\"; filename=\"Anteckning från mötet.txt\"", StandardCharsets.ISO_8859_1)));
        assertEquals("reserv.pdf", FileNames.fromContentDisposition(
                "form-data; name=\"fil\"; filename=\"reserv.pdf\"; filename*=UTF-8''%FF%FE"),
                "a broken extended name falls back to the plain one");
        assertEquals("", FileNames.fromContentDisposition("form-data; name=\"fil\""));
        assertEquals("", FileNames.fromContentDisposition(null));
    }
}
