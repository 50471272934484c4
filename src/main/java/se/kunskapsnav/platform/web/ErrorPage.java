package se.kunskapsnav.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

import java.util.Map;

/** The error page's texts ({@code platform/error.xhtml}): which kind of error the container dispatched it for. */
@Named
@RequestScoped
public class ErrorPage {

    /** Statuses with words of their own; any other 4xx is a "client" error, a 5xx (or an exception) a "server" one. */
    private static final Map<Integer, String> KINDS = Map.of(
            400, "badRequest",
            403, "notAllowed",
            404, "notFound",
            405, "methodNotAllowed",
            409, "conflict",
            410, "notFound",
            413, "tooLarge");

    /** The key part of the texts {@code error.<kind>.title}, {@code .heading} and {@code .text}. */
    public String getKind() {
        int status = Faces.request().getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code : 500;
        return KINDS.getOrDefault(status, status < 500 ? "client" : "server");
    }
}
