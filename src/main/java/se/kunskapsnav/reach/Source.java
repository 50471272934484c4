package se.kunskapsnav.reach;

/** One source row of participation facts. */
record Source(SourceType type, long id) {

    String key() {
        return type.code + ":" + id;
    }
}
