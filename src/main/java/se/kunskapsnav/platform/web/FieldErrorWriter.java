package se.kunskapsnav.platform.web;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;

/**
 * Writes {@code aria-invalid="true"} on every form field that has an error message, and adds the message's id
 * to the field's {@code aria-describedby} (after any hint the page names there), so no page has to.
 *
 * <p>It looks at the field's client id as the field is written, which is what makes it right inside
 * {@code ui:repeat} and data tables, where one component writes every row. The two attributes are written
 * when the field's start tag is complete, since the page may write its own {@code aria-describedby} after
 * {@code id}.
 */
final class FieldErrorWriter extends ResponseWriterWrapper {

    private static final Set<String> FIELD_ELEMENTS = Set.of("input", "select", "textarea");

    /** The message id of the field whose start tag is open, or null. */
    private String openFieldMessageId;
    private Object describedBy;

    FieldErrorWriter(ResponseWriter wrapped) {
        super(wrapped);
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
        return new FieldErrorWriter(getWrapped().cloneWithWriter(writer));
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        completeField();
        super.startElement(name, component);
        if (component instanceof EditableValueHolder && FIELD_ELEMENTS.contains(name)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String clientId = component.getClientId(faces);
            if (FieldErrors.errorAt(faces, clientId) != null) {
                openFieldMessageId = FieldErrors.messageId(clientId);
                describedBy = null;
            }
        }
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        if (openFieldMessageId != null && "aria-describedby".equals(name)) {
            describedBy = value;
        } else if (openFieldMessageId == null || !"aria-invalid".equals(name)) {
            super.writeAttribute(name, value, property);
        }
    }

    /** Writes the two attributes once the field's own attributes are all written. */
    private void completeField() throws IOException {
        if (openFieldMessageId == null) {
            return;
        }
        String messageId = openFieldMessageId;
        openFieldMessageId = null;
        super.writeAttribute("aria-invalid", "true", null);
        String hint = describedBy == null ? "" : describedBy.toString().trim();
        super.writeAttribute("aria-describedby", hint.isEmpty() ? messageId : hint + " " + messageId, null);
    }

    @Override
    public void endElement(String name) throws IOException {
        completeField();
        super.endElement(name);
    }

    @Override
    public void writeText(Object text, String property) throws IOException {
        completeField();
        super.writeText(text, property);
    }

    @Override
    public void writeText(Object text, UIComponent component, String property) throws IOException {
        completeField();
        super.writeText(text, component, property);
    }

    @Override
    public void writeText(char[] text, int off, int len) throws IOException {
        completeField();
        super.writeText(text, off, len);
    }

    @Override
    public void writeComment(Object comment) throws IOException {
        completeField();
        super.writeComment(comment);
    }

    @Override
    public void writeDoctype(String doctype) throws IOException {
        completeField();
        super.writeDoctype(doctype);
    }

    @Override
    public void writePreamble(String preamble) throws IOException {
        completeField();
        super.writePreamble(preamble);
    }

    @Override
    public void startCDATA() throws IOException {
        completeField();
        super.startCDATA();
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        completeField();
        super.write(cbuf, off, len);
    }

    @Override
    public void write(char[] cbuf) throws IOException {
        completeField();
        super.write(cbuf);
    }

    @Override
    public void write(int c) throws IOException {
        completeField();
        super.write(c);
    }

    @Override
    public void write(String str) throws IOException {
        completeField();
        super.write(str);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        completeField();
        super.write(str, off, len);
    }

    @Override
    public void flush() throws IOException {
        completeField();
        super.flush();
    }

    @Override
    public void close() throws IOException {
        completeField();
        super.close();
    }
}
