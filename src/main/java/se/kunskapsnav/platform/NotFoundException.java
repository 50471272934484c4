package se.kunskapsnav.platform;

/** The row asked for does not exist, or the caller may not see it (which must look the same). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super("Not found: " + what);
    }

    /** The row that was looked up, or this exception when there is none ({@code what} is for the log). */
    public static <T> T requireFound(T row, String what) {
        if (row == null) {
            throw new NotFoundException(what);
        }
        return row;
    }
}
