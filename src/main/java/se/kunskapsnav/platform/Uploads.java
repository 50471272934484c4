package se.kunskapsnav.platform;

import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads uploaded files (a form's file field, an API request's body) without buffering more than a rule allows. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * At most {@code maxBytes} + 1 bytes of the body: one byte more than allowed, so the file's rule can tell it is
     * too large without reading all of it.
     */
    public static byte[] upTo(int maxBytes, InputStream body) {
        try {
            return body.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same for a form's file field. */
    public static byte[] upTo(int maxBytes, Part file) {
        try (InputStream in = file.getInputStream()) {
            return upTo(maxBytes, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
