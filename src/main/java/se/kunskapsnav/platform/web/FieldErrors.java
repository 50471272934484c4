package se.kunskapsnav.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Iterator;

/**
 * How a field in error is tied to its message: the message at a field (rendered by {@link FieldMessageRenderer})
 * has the id {@code <field's client id>-fel}, which the field names in {@code aria-describedby}
 * ({@link FieldErrorWriter}) and the error summary ({@link ErrorSummary}) links next to.
 */
public final class FieldErrors {

    private static final String MESSAGE_ID_SUFFIX = "-fel";

    private FieldErrors() {
    }

    /** The id of the message shown at the field {@code clientId}. */
    public static String messageId(String clientId) {
        return clientId + MESSAGE_ID_SUFFIX;
    }

    /** The first error (or worse) message for {@code clientId}, or null. */
    public static FacesMessage errorAt(FacesContext faces, String clientId) {
        Iterator<FacesMessage> messages = faces.getMessages(clientId);
        while (messages.hasNext()) {
            FacesMessage message = messages.next();
            if (isError(message)) {
                return message;
            }
        }
        return null;
    }

    static boolean isError(FacesMessage message) {
        return message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal();
    }

    /** What a message says: its detail, as h:message shows it, else its summary. */
    static String text(FacesMessage message) {
        String detail = message.getDetail();
        return detail == null || detail.isBlank() ? message.getSummary() : detail;
    }
}
