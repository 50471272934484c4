package se.kunskapsnav.webcourse;

/** What a course leader gives for a study group, before it is checked ({@link GroupRules}). */
public record GroupInput(String name, Long organisationId, String municipalityCode, Integer maxMembers,
                         boolean openToJoin) {
}
