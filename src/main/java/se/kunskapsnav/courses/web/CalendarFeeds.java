package se.kunskapsnav.courses.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.platform.PortalConfig;

/**
 * The addresses of the course calendar feeds ({@code /api/kalender.ics}, {@code /api/lan/{kod}/kalender.ics}) for
 * "Prenumerera på kalendern": https for pasting into a calendar, webcal for the calendar program to open. Both
 * start with the configured base URL, since a subscribed calendar keeps asking that address for years.
 */
@Named
@ApplicationScoped
public class CalendarFeeds {

    @Inject
    PortalConfig config;

    /** The feed of a county's courses, or of all of Sweden's when {@code countyCode} is empty. */
    public String https(String countyCode) {
        return config.baseUrl() + (countyCode == null || countyCode.isBlank()
                ? "/api/kalender.ics" : "/api/lan/" + countyCode + "/kalender.ics");
    }

    /** The same feed with the webcal scheme, which a calendar program subscribes to when the link is opened. */
    public String webcal(String countyCode) {
        return https(countyCode).replaceFirst("^https?://", "webcal://");
    }
}
