package se.kunskapsnav.platform;

/**
 * How much an uploaded file's compressed parts (a zip container's entries, a PDF's streams) may unpack to
 * before it is taken for a decompression bomb: 100 times its size, at least 100 MB and never more than 1 GB.
 */
public final class UnpackLimit {

    static final long RATIO = 100;
    static final long FLOOR = 100L * 1024 * 1024;
    static final long CEILING = 1024L * 1024 * 1024;

    private UnpackLimit() {
    }

    public static long forSize(long packedSize) {
        return Math.min(CEILING, Math.max(FLOOR, packedSize * RATIO));
    }
}
