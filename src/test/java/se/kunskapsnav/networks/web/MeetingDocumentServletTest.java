package se.kunskapsnav.networks.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MeetingDocumentServletTest {

    @Test
    void theNameComesAsAsciiAndInFullWithoutBreakingTheHeader() {
        assertEquals("attachment; filename=\"Minnesanteckningar v_r.pdf\"; "
                        + "filename*=UTF-8''Minnesanteckningar%20v%C3%A5r.pdf",
                MeetingDocumentServlet.contentDisposition("Minnesanteckningar vår.pdf"));
        assertEquals("attachment; filename=\"a_b_.txt\"; filename*=UTF-8''a%22b%3B.txt",
                MeetingDocumentServlet.contentDisposition("a\"b;.txt"));
    }
}
