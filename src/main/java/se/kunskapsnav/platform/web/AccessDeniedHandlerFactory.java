package se.kunskapsnav.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import se.kunskapsnav.platform.AccessDeniedException;

import java.util.Iterator;

/**
 * Turns an {@link AccessDeniedException} thrown anywhere in a page's lifecycle into a 403 answer, which
 * the container shows as the Swedish "not allowed" page; other exceptions go on as before.
 */
public class AccessDeniedHandlerFactory extends ExceptionHandlerFactory {

    public AccessDeniedHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable cause = events.next().getContext().getException();
                while (cause != null && !(cause instanceof AccessDeniedException)) {
                    cause = cause.getCause();
                }
                if (cause != null) {
                    events.remove();
                    Faces.sendError(403);
                }
            }
            getWrapped().handle();
        }
    }
}
