package se.kunskapsnav.platform.web;

import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Lets a page answer 404, so the container shows the Swedish "not found" page in the layout. */
public final class NotFound {

    private NotFound() {
    }

    public static void respond() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
