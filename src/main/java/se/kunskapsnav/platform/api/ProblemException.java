package se.kunskapsnav.platform.api;

import jakarta.ws.rs.core.Response.Status;

/** Thrown by resources for a request that cannot be answered; the detail comes from the messages bundle. */
public class ProblemException extends RuntimeException {

    private final Status status;
    private final String messageKey;
    private final transient Object[] arguments;

    public ProblemException(Status status, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public Status status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
