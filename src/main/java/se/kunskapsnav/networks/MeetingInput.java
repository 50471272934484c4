package se.kunskapsnav.networks;

import se.kunskapsnav.courses.SessionInput;

/** A network meeting as an editor gives it: a title, when and where, and the agenda (Markdown). */
public record MeetingInput(String title, SessionInput session, String agenda) {
}
