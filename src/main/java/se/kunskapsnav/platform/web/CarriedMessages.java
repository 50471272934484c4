package se.kunskapsnav.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The messages of a page that redirects ({@link Faces#redirect}), kept in the session until the next page is
 * rendered, which shows them. JSF's flash would do the same with a cookie encrypted by a key that each server
 * instance draws for itself, so that behind a balancer the next page, served by another instance, could not read
 * it; the session is shared by every instance of the cluster.
 */
public class CarriedMessages implements PhaseListener {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String ATTRIBUTE = CarriedMessages.class.getName();

    /** A message and the component it belongs to (null for the page). */
    private record Carried(String clientId, FacesMessage message) implements Serializable {
    }

    /** Keeps the current request's messages for the next page rendered in this session. */
    static void keep(FacesContext faces) {
        ArrayList<Carried> carried = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            faces.getMessages(clientId).forEachRemaining(message -> carried.add(new Carried(clientId, message)));
        }
        if (!carried.isEmpty()) {
            faces.getExternalContext().getSessionMap().put(ATTRIBUTE, carried);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        ExternalContext external = faces.getExternalContext();
        if (external.getSession(false) == null
                || !(external.getSessionMap().remove(ATTRIBUTE) instanceof List<?> carried)) {
            return;
        }
        for (Object each : carried) {
            Carried message = (Carried) each;
            faces.addMessage(message.clientId(), message.message());
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
