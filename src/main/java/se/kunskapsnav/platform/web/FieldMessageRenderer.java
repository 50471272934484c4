package se.kunskapsnav.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;

import java.io.IOException;
import java.util.Iterator;

/**
 * Renders {@code h:message}: the field's first message, with the id its field names in
 * {@code aria-describedby} ({@link FieldErrors#messageId}); the field's {@code aria-invalid} tells a screen
 * reader that it is an error. Nothing at all while the field has no message. Replaces JSF's own renderer
 * (faces-config.xml), so every page's {@code <h:message for="…" styleClass="field-error"/>} takes part.
 */
public class FieldMessageRenderer extends Renderer {

    @Override
    public void encodeEnd(FacesContext faces, UIComponent component) throws IOException {
        UIMessage message = (UIMessage) component;
        UIComponent field = message.getFor() == null ? null : message.findComponent(message.getFor());
        if (field == null) {
            return;
        }
        String clientId = field.getClientId(faces);
        Iterator<FacesMessage> messages = faces.getMessages(clientId);
        if (!messages.hasNext()) {
            return;
        }
        FacesMessage shown = messages.next();
        ResponseWriter writer = faces.getResponseWriter();
        writer.startElement("span", message);
        writer.writeAttribute("id", FieldErrors.messageId(clientId), null);
        String styleClass = (String) message.getAttributes().get("styleClass");
        writer.writeAttribute("class", styleClass == null ? "field-error" : styleClass, null);
        writer.writeText(FieldErrors.text(shown), null);
        writer.endElement("span");
        shown.rendered();
    }
}
