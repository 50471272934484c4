package se.kunskapsnav.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/** Serves the readable URLs of {@link SwedishUrls} by forwarding to their views (mapped in web.xml). */
public class SwedishUrlFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> view = SwedishUrls.viewFor(path);
        if (view.isPresent()) {
            request.getRequestDispatcher(view.get()).forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
