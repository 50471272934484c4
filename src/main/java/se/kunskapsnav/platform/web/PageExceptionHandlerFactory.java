package se.kunskapsnav.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.NotFoundException;

import java.util.Iterator;

/**
 * What a page's exceptions mean to the person: an {@link AccessDeniedException} anywhere in the lifecycle is a
 * 403 and a {@link NotFoundException} a 404 (the container shows the Swedish page for each); a form whose view
 * state is gone (the session timed out, or the state is another session's or made up) is shown again, unchanged,
 * with a message to try again. Other exceptions go on as before.
 */
public class PageExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
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
                while (cause != null && !(cause instanceof AccessDeniedException || cause instanceof NotFoundException
                        || cause instanceof ViewExpiredException)) {
                    cause = cause.getCause();
                }
                if (cause instanceof ViewExpiredException) {
                    events.remove();
                    // nothing of the form was applied: the view could not be restored
                    Faces.message(null, FacesMessage.SEVERITY_ERROR, "error.viewExpired");
                    Faces.redirect(postedAddress(Faces.request()));
                } else if (cause != null) {
                    events.remove();
                    Faces.sendError(cause instanceof AccessDeniedException ? 403 : 404);
                }
            }
            getWrapped().handle();
        }

        /**
         * The address the form was posted to, within the portal: the readable URL the filter forwarded from, or the
         * view's own. A path that a browser could read as another host ({@code //host}, {@code /\host}) goes home.
         */
        private static String postedAddress(HttpServletRequest request) {
            String uri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            String query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            if (uri == null) {
                uri = request.getRequestURI();
                query = request.getQueryString();
            }
            String path = uri.substring(request.getContextPath().length());
            if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
                return "/";
            }
            return path + (query == null ? "" : "?" + query);
        }
    }
}
