package se.kunskapsnav.platform;

/**
 * A request that is well-formed but not allowed in the current state (registration closed, course full of
 * approvals, …). Nothing was saved. Pages show the Swedish message; the API answers 409 with it.
 */
public class RefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RefusedException(String messageKey, Object... arguments) {
        super("Refused: " + messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
