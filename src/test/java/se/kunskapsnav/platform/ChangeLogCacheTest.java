package se.kunskapsnav.platform;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChangeLogCacheTest {

    private final AtomicInteger reads = new AtomicInteger();

    private String themes() {
        return "themes, read " + reads.incrementAndGet();
    }

    @Test
    void keepsAValueUntilItsKindChanges() {
        ChangeLogCache cache = new ChangeLogCache();
        cache.keepFromNow();
        assertEquals("themes, read 1", cache.get("themes", Set.of("term"), this::themes));
        assertEquals("themes, read 1", cache.get("themes", Set.of("term"), this::themes));
        cache.forget("registration");
        assertEquals("themes, read 1", cache.get("themes", Set.of("term"), this::themes), "another kind changed");
        cache.forget("term");
        assertEquals("themes, read 2", cache.get("themes", Set.of("term"), this::themes));
    }

    @Test
    void keepsNothingBeforeTheFollowerKnowsItsPosition() {
        ChangeLogCache cache = new ChangeLogCache();
        assertEquals("themes, read 1", cache.get("themes", Set.of("term"), this::themes));
        assertEquals("themes, read 2", cache.get("themes", Set.of("term"), this::themes));
    }

    @Test
    void aValueReadWhileItsKindChangedIsNotKept() {
        ChangeLogCache cache = new ChangeLogCache();
        cache.keepFromNow();
        // the change commits and is forgotten while the old value is being read
        assertEquals("old", cache.get("themes", Set.of("term"), () -> {
            cache.forget("term");
            return "old";
        }));
        assertEquals("themes, read 1", cache.get("themes", Set.of("term"), this::themes));
    }
}
