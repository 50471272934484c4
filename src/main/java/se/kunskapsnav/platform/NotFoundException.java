package se.kunskapsnav.platform;

/** The row asked for does not exist, or the caller may not see it (which must look the same). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super("Not found: " + what);
    }
}
