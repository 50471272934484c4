package se.kunskapsnav.platform.api;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RawQueryBytesTest {

    @Test
    void rawBytesAreEscapedAndEscapesAndDelimitersKept() {
        String typed = new String("filnamn=Dagordning+för+våld.txt&q=a%20b".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1);

        assertEquals("filnamn=Dagordning+f%C3%B6r+v%C3%A5ld.txt&q=a%20b", RawQueryBytes.escaped(typed));
        assertEquals("q=%7Bx%7D%22", RawQueryBytes.escaped("q={x}\""));
    }
}
