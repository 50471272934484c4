package se.kunskapsnav.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Makes forms post back to the page's readable Swedish URL ({@code /logga-in}) instead of the view's
 * path ({@code /accounts/login.xhtml}), so the address bar keeps showing the URL the person knows. A view
 * with a value in its URL ({@code /kurser/12}) takes the value from the request's parameters, where the
 * forward from the readable URL put it.
 */
public class SwedishUrlViewHandler extends ViewHandlerWrapper {

    public SwedishUrlViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        return SwedishUrls.urlFor(viewId, context.getExternalContext().getRequestParameterMap())
                .map(url -> context.getExternalContext().getRequestContextPath() + url)
                .orElseGet(() -> super.getActionURL(context, viewId));
    }
}
