package se.kunskapsnav.accounts;

/**
 * What a person may do. Everyone is a participant; an editor (development leader) is bound to one or
 * more counties; the names are also the Jakarta Security groups and web.xml roles.
 */
public enum Role {
    ADMIN, EDITOR, COURSE_LEADER, PARTICIPANT;

    public String messageKey() {
        return "role." + name();
    }
}
