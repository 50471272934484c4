package se.kunskapsnav.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;

import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Hands every page a {@link FieldErrorWriter}: the render kits are JSF's own, only their writer is wrapped. */
public class FieldErrorRenderKitFactory extends RenderKitFactory {

    private final Map<String, RenderKit> wrapped = new ConcurrentHashMap<>();

    public FieldErrorRenderKitFactory(RenderKitFactory factory) {
        super(factory);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
        wrapped.remove(renderKitId);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        if (kit == null) {
            return null;
        }
        return wrapped.computeIfAbsent(renderKitId, id -> new FieldErrorRenderKit(kit));
    }

    @Override
    public java.util.Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private static final class FieldErrorRenderKit extends RenderKitWrapper {

        FieldErrorRenderKit(RenderKit kit) {
            super(kit);
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String characterEncoding) {
            return new FieldErrorWriter(getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding));
        }
    }
}
