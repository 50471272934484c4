package se.kunskapsnav.webcourse;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentLinksTest {

    @Test
    void relativeLessonPathsResolveFromTheirFolder() {
        assertEquals(Optional.of(new LessonRef("01-vald", "02-hur")), ContentLinks.lessonOf("01-vald", "02-hur.md"));
        assertEquals(Optional.of(new LessonRef("04-barn", "01-barn")),
                ContentLinks.lessonOf("01-vald", "../04-barn/01-barn.md#rattigheter"));
        assertEquals(Optional.of(new LessonRef("04-barn", "01-barn")), ContentLinks.lessonOf(null, "04-barn/01-barn.md"));
        assertEquals(Optional.empty(), ContentLinks.lessonOf(null, "01-barn.md"));
        assertEquals(Optional.empty(), ContentLinks.lessonOf("01-vald", "../../etc/passwd"));
    }

    @Test
    void pagesShowLessonLinksAsPortalAddressesAndLeaveOtherLinksAlone() {
        assertEquals("/kn/webbkurs/moduler/04-barn/01-barn",
                ContentLinks.portalAddress("/kn", "01-vald", "../04-barn/01-barn.md"));
        assertEquals("https://nck.uu.se", ContentLinks.portalAddress("", "01-vald", "https://nck.uu.se"));
    }
}
