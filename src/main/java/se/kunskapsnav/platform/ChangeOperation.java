package se.kunskapsnav.platform;

/** What happened to a row recorded in the change log. */
public enum ChangeOperation {
    CREATE, UPDATE, DELETE
}
