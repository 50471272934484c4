package se.kunskapsnav.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ResourceDependency;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import se.kunskapsnav.platform.Messages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code <kn:errorSummary/>}, the first thing in a form: after a failed submit, the heading "Det finns fel i
 * formuläret" and one link per error to its field, in the order the fields stand in the form. Nothing while
 * the form has no error. It is an alert and {@code js/forms.js} moves focus to it, and from a link to the
 * field; without script it is still the first thing in the form, and the links lead to the fields.
 */
@FacesComponent(value = ErrorSummary.TYPE, createTag = true, tagName = "errorSummary",
        namespace = ErrorSummary.NAMESPACE)
@ResourceDependency(name = "js/forms.js", target = "body")
public class ErrorSummary extends UIComponentBase {

    static final String TYPE = "se.kunskapsnav.ErrorSummary";
    static final String NAMESPACE = "https://kunskapsnav.se/faces";

    /** One error: the field's client id (where the link leads) and what to do. */
    public record Entry(String clientId, String text) {
    }

    @Override
    public String getFamily() {
        return "se.kunskapsnav";
    }

    @Override
    public void encodeEnd(FacesContext faces) throws IOException {
        UIForm form = enclosingForm();
        List<Entry> entries = entries(faces, form);
        if (entries.isEmpty()) {
            return;
        }
        String id = getClientId(faces);
        ResponseWriter writer = faces.getResponseWriter();
        writer.startElement("div", this);
        writer.writeAttribute("id", id, null);
        writer.writeAttribute("class", "error-summary", null);
        writer.writeAttribute("tabindex", "-1", null);
        writer.writeAttribute("aria-labelledby", id + "-rubrik", null);
        writer.startElement("div", this);
        writer.writeAttribute("role", "alert", null);
        writer.startElement("h2", this);
        writer.writeAttribute("id", id + "-rubrik", null);
        writer.writeText(Messages.get("forms.errorSummary.heading"), null);
        writer.endElement("h2");
        writer.startElement("ul", this);
        for (Entry entry : entries) {
            writer.startElement("li", this);
            writer.startElement("a", this);
            writer.writeURIAttribute("href", "#" + entry.clientId(), null);
            writer.writeText(entry.text(), null);
            writer.endElement("a");
            writer.endElement("li");
        }
        writer.endElement("ul");
        writer.endElement("div");
        writer.endElement("div");
    }

    private UIForm enclosingForm() {
        for (UIComponent parent = getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof UIForm form) {
                return form;
            }
        }
        throw new IllegalStateException("kn:errorSummary belongs inside an h:form");
    }

    /** The form's errors: first those at the fields as they stand in the form, then any other of the form's. */
    static List<Entry> entries(FacesContext faces, UIForm form) {
        String formId = form.getClientId(faces);
        String prefix = formId + UINamingContainer.getSeparatorChar(faces);
        Map<String, String> errors = new LinkedHashMap<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            if (clientId == null || !(clientId.equals(formId) || clientId.startsWith(prefix))) {
                continue;
            }
            FacesMessage error = FieldErrors.errorAt(faces, clientId);
            if (error != null) {
                errors.put(clientId, FieldErrors.text(error));
            }
        }
        if (errors.isEmpty()) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        form.visitTree(VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_UNRENDERED)),
                (context, component) -> {
                    String text = errors.remove(component.getClientId(faces));
                    if (text != null) {
                        entries.add(new Entry(component.getClientId(faces), text));
                    }
                    return VisitResult.ACCEPT;
                });
        errors.forEach((clientId, text) -> entries.add(new Entry(clientId, text)));
        return entries;
    }
}
