package se.kunskapsnav.networks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import se.kunskapsnav.notification.ICalendar;
import se.kunskapsnav.notification.MailMessage;
import se.kunskapsnav.notification.MailMessage.MailAttachment;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.PortalConfig;

import java.time.Clock;
import java.util.List;

/**
 * The mails of networks, in Swedish from the message bundle. Meeting mails carry the meeting as an .ics
 * file, with a UID that stays the same when the meeting moves, so calendars update the event. Like course
 * mails they are fired inside the caller's transaction and sent only if it commits.
 */
@ApplicationScoped
public class NetworkMails {

    @Inject
    Event<MailMessage> mail;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    void applied(Network network, String to) {
        send(to, "applied", null, network.getName(), networkLink(network));
    }

    void welcome(Network network, String to) {
        send(to, "welcome", null, network.getName(), networkLink(network));
    }

    void declined(Network network, String to) {
        send(to, "declined", null, network.getName(), networkLink(network));
    }

    /** Kinds: invitation, moved, cancelled, reminder. Body: {0} network, {1} meeting, {2} when and where, {3} link. */
    void meeting(String kind, Network network, NetworkMeeting meeting, List<String> recipients) {
        String ics = ICalendar.write(network.getName(), null, List.of(meeting.calendarEvent(
                "natverkstraff-" + meeting.getId() + "@" + config.baseHost(),
                meeting.getTitle() + " – " + network.getName(), meetingLink(meeting), meetingLink(meeting),
                meeting.isCancelled())), clock.instant());
        MailAttachment attachment = MailAttachment.calendar("natverkstraff-" + meeting.getId() + ".ics", ics);
        for (String to : recipients) {
            send(to, "meeting." + kind, attachment, network.getName(), meeting.getTitle(), meeting.mailLine(),
                    meetingLink(meeting));
        }
    }

    void minutesPublished(Network network, NetworkMeeting meeting, List<String> recipients) {
        for (String to : recipients) {
            send(to, "meeting.minutes", null, network.getName(), meeting.getTitle(), meeting.mailLine(),
                    meetingLink(meeting));
        }
    }

    String networkLink(Network network) {
        return config.baseUrl() + "/natverk/" + network.getId();
    }

    String meetingLink(NetworkMeeting meeting) {
        return config.baseUrl() + "/natverk/traffar/" + meeting.getId();
    }

    private void send(String to, String kind, MailAttachment attachment, Object... arguments) {
        if (to == null) {
            return;
        }
        mail.fire(new MailMessage(to, Messages.get("mail.network." + kind + ".subject", arguments),
                Messages.get("mail.network." + kind + ".body", arguments), attachment));
    }
}
