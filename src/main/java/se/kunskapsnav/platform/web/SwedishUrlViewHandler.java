package se.kunskapsnav.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Makes forms post back to the page's readable Swedish URL ({@code /logga-in}) instead of the view's
 * path ({@code /accounts/login.xhtml}), so the address bar keeps showing the URL the person knows.
 */
public class SwedishUrlViewHandler extends ViewHandlerWrapper {

    public SwedishUrlViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        return SwedishUrls.urlFor(viewId)
                .map(url -> context.getExternalContext().getRequestContextPath() + url)
                .orElseGet(() -> super.getActionURL(context, viewId));
    }
}
