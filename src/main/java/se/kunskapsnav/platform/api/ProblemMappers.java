package se.kunskapsnav.platform.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;

import java.util.List;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every exception leaving a resource into a problem+json answer; no stack trace reaches a client. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static Problem problem(int status, String detail) {
        String titleKey = "problem.title." + status;
        String title = Messages.get(hasMessage(titleKey) ? titleKey : "problem.title.other");
        return new Problem("about:blank", title, status, detail, null);
    }

    /** The problem of a bare status: its title and its detail in general words. */
    public static Problem ofStatus(int status) {
        String detailKey = "problem.detail." + status;
        return problem(status, Messages.get(hasMessage(detailKey) ? detailKey : "problem.detail.other"));
    }

    /** A fault of ours: logged with an id the person can quote, answered without details. */
    static Problem incident(int status, Throwable cause) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API request failed, incident " + incident, cause);
        return problem(status, Messages.get("problem.detail.500", incident));
    }

    private static boolean hasMessage(String key) {
        return ResourceBundle.getBundle(Messages.BUNDLE, Messages.SWEDISH).containsKey(key);
    }

    @Provider
    public static class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException e) {
            return problem(e.status().getStatusCode(), Messages.get(e.messageKey(), e.arguments())).toResponse();
        }
    }

    @Provider
    public static class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            List<Problem.FieldError> errors = e.fieldMessageKeys().entrySet().stream()
                    .map(entry -> new Problem.FieldError(entry.getKey(),
                            Messages.forField(entry.getKey(), entry.getValue())))
                    .toList();
            return new Problem("about:blank", Messages.get("problem.title.400"), 400,
                    Messages.get("problem.detail.invalidInput"), errors).toResponse();
        }
    }

    @Provider
    public static class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

        @Context
        SecurityContext security;

        /** 401 when nobody is calling (a read that needs a caller), 403 when the caller may not. */
        @Override
        public Response toResponse(AccessDeniedException e) {
            if (security.getUserPrincipal() == null) {
                return problem(401, Messages.get("problem.token.missing")).toResponse();
            }
            return problem(403, Messages.get("problem.detail.403")).toResponse();
        }
    }

    @Provider
    public static class RefusedMapper implements ExceptionMapper<RefusedException> {
        @Override
        public Response toResponse(RefusedException e) {
            return problem(409, Messages.get(e.messageKey(), e.arguments())).toResponse();
        }
    }

    @Provider
    public static class NotFoundMapper implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return problem(404, Messages.get("problem.detail.404")).toResponse();
        }
    }

    /** JAX-RS's own errors: unknown path (404), wrong method (405), unreadable body (400) and so on. */
    @Provider
    public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                return UnexpectedExceptionMapper.logged(e);
            }
            return ofStatus(status).toResponse();
        }
    }

    /** A request body that is not JSON of the expected shape is the caller's mistake (400), not ours. */
    @Provider
    public static class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonException || cause instanceof JsonbException) {
                    return problem(400, Messages.get("problem.detail.400")).toResponse();
                }
            }
            return UnexpectedExceptionMapper.logged(e);
        }
    }

    /** Anything else is our fault: logged with an id the person can quote, answered without details. */
    @Provider
    public static class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return logged(e);
        }

        static Response logged(Throwable e) {
            return incident(500, e).toResponse();
        }
    }
}
