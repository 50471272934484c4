package se.kunskapsnav.webcourse;

/** A participant a course leader records: the name is optional, profession and sector are for the figures. */
public record RecordedMemberInput(String name, String professionCode, String sectorCode) {
}
