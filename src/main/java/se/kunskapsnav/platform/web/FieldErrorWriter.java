package se.kunskapsnav.platform.web;

import jakarta.el.ValueExpression;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code aria-invalid="true"} on every form field that has an error message, and adds the message's id
 * to the field's {@code aria-describedby} (after any hint the page names there), so no page has to.
 *
 * <p>It looks at the field's client id as the field is written, which is what makes it right inside
 * {@code ui:repeat} and data tables, where one component writes every row. The two attributes are written
 * when the field's start tag is complete, since the renderer may write its own {@code aria-describedby} after
 * {@code id}. A page's hint given as a pass-through attribute ({@code a:aria-describedby}) would win over any
 * attribute of the same name (Mojarra writes pass-through attributes last and skips others of their name), so
 * for a field in error it is taken out of the component's pass-through attributes while its start tag is
 * written, and put back as soon as the tag is closed.
 */
final class FieldErrorWriter extends ResponseWriterWrapper {

    private static final Set<String> FIELD_ELEMENTS = Set.of("input", "select", "textarea");
    private static final String DESCRIBED_BY = "aria-describedby";

    /** The message id of the field whose start tag is open, or null. */
    private String openFieldMessageId;
    private Object describedBy;
    /** A field's pass-through attributes whose hint is taken out until its start tag is closed, or null. */
    private Map<String, Object> heldPassThrough;
    private Object heldHint;

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
        boolean holding = false;
        if (component instanceof EditableValueHolder && FIELD_ELEMENTS.contains(name)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String clientId = component.getClientId(faces);
            if (FieldErrors.errorAt(faces, clientId) != null) {
                openFieldMessageId = FieldErrors.messageId(clientId);
                describedBy = null;
                holding = holdPassThroughHint(faces, component);
            }
        }
        // the writer reads the pass-through attributes as the element starts: the hint must be out by then
        super.startElement(name, component);
        if (!holding) {
            restorePassThrough();
        }
    }

    /** Takes the field's pass-through hint out (it stays out for the next row of the same field); true if any. */
    private boolean holdPassThroughHint(FacesContext faces, UIComponent component) {
        Map<String, Object> passThrough = component.getPassThroughAttributes(false);
        if (passThrough == null || (passThrough != heldPassThrough && !passThrough.containsKey(DESCRIBED_BY))) {
            return false;
        }
        if (passThrough != heldPassThrough) {
            restorePassThrough();
            heldPassThrough = passThrough;
            heldHint = passThrough.remove(DESCRIBED_BY);
        }
        describedBy = heldHint instanceof ValueExpression expression
                ? expression.getValue(faces.getELContext()) : heldHint;
        return true;
    }

    private void restorePassThrough() {
        if (heldPassThrough != null) {
            heldPassThrough.put(DESCRIBED_BY, heldHint);
            heldPassThrough = null;
            heldHint = null;
        }
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        if (openFieldMessageId != null && DESCRIBED_BY.equals(name)) {
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
        super.writeAttribute(DESCRIBED_BY, hint.isEmpty() ? messageId : hint + " " + messageId, null);
    }

    /** Runs a write that closes any open start tag: the field's attributes first, its hint put back after. */
    private void closingStartTag(IoAction write) throws IOException {
        completeField();
        write.run();
        restorePassThrough();
    }

    private interface IoAction {
        void run() throws IOException;
    }

    @Override
    public void endElement(String name) throws IOException {
        closingStartTag(() -> super.endElement(name));
    }

    @Override
    public void writeText(Object text, String property) throws IOException {
        closingStartTag(() -> super.writeText(text, property));
    }

    @Override
    public void writeText(Object text, UIComponent component, String property) throws IOException {
        closingStartTag(() -> super.writeText(text, component, property));
    }

    @Override
    public void writeText(char[] text, int off, int len) throws IOException {
        closingStartTag(() -> super.writeText(text, off, len));
    }

    @Override
    public void writeComment(Object comment) throws IOException {
        closingStartTag(() -> super.writeComment(comment));
    }

    @Override
    public void writeDoctype(String doctype) throws IOException {
        closingStartTag(() -> super.writeDoctype(doctype));
    }

    @Override
    public void writePreamble(String preamble) throws IOException {
        closingStartTag(() -> super.writePreamble(preamble));
    }

    @Override
    public void startCDATA() throws IOException {
        closingStartTag(super::startCDATA);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        closingStartTag(() -> super.write(cbuf, off, len));
    }

    @Override
    public void write(char[] cbuf) throws IOException {
        closingStartTag(() -> super.write(cbuf));
    }

    @Override
    public void write(int c) throws IOException {
        closingStartTag(() -> super.write(c));
    }

    @Override
    public void write(String str) throws IOException {
        closingStartTag(() -> super.write(str));
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        closingStartTag(() -> super.write(str, off, len));
    }

    @Override
    public void flush() throws IOException {
        closingStartTag(super::flush);
    }

    @Override
    public void close() throws IOException {
        closingStartTag(super::close);
    }
}
