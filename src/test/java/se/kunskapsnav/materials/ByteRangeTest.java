package se.kunskapsnav.materials;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** What a player or download manager asks for, of a file of 1 000 bytes. */
class ByteRangeTest {

    private static final long SIZE = 1_000;

    @Test
    void no_header_or_another_unit_is_the_whole_file() {
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of(null, SIZE));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("items=0-1", SIZE));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("bytes=-", SIZE));
    }

    @Test
    void a_closed_range_is_served_as_asked() {
        assertEquals(new ByteRange.Part(new ByteRange(0, 99)), ByteRange.of("bytes=0-99", SIZE));
    }

    @Test
    void an_open_range_runs_to_the_end() {
        assertEquals(new ByteRange.Part(new ByteRange(500, 999)), ByteRange.of("bytes=500-", SIZE));
    }

    @Test
    void a_last_byte_beyond_the_end_is_cut_at_the_end() {
        assertEquals(new ByteRange.Part(new ByteRange(900, 999)), ByteRange.of("bytes=900-5000", SIZE));
        assertEquals(new ByteRange.Part(new ByteRange(900, 999)),
                ByteRange.of("bytes=900-99999999999999999999", SIZE));
    }

    @Test
    void a_suffix_is_the_last_bytes() {
        assertEquals(new ByteRange.Part(new ByteRange(900, 999)), ByteRange.of("bytes=-100", SIZE));
        assertEquals(new ByteRange.Part(new ByteRange(0, 999)), ByteRange.of("bytes=-5000", SIZE));
        assertEquals(100, ((ByteRange.Part) ByteRange.of("bytes=-100", SIZE)).range().length());
    }

    @Test
    void a_range_starting_after_the_end_cannot_be_satisfied() {
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=1000-", SIZE));
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=-0", SIZE));
    }

    @Test
    void a_backwards_range_or_several_ranges_get_the_whole_file() {
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("bytes=500-100", SIZE));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("bytes=0-1,5-6", SIZE));
    }
}
