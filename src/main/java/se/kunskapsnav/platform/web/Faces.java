package se.kunskapsnav.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Small things every page bean needs: messages from the bundle, redirects, error answers. */
public final class Faces {

    private Faces() {
    }

    /** Shows a Swedish message next to a component ({@code clientId}), or for the page when null. */
    public static void message(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = Messages.get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }

    /**
     * Shows each bad field's message at its component, in the words for that field ({@link Messages#forField});
     * {@code components} maps field names to client ids. A field the form does not show gets a page message.
     */
    public static void fieldErrors(InvalidInputException e, Map<String, String> components) {
        e.fieldMessageKeys().forEach((field, key) -> {
            String text = Messages.forField(field, key);
            FacesContext.getCurrentInstance().addMessage(components.get(field),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    /** Redirects to a path of the portal, e.g. {@code /mina-uppgifter}. */
    public static void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        CarriedMessages.keep(faces);
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers with an error status; the container shows the Swedish page for it in the layout. */
    public static void sendError(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
