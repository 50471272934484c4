package se.kunskapsnav.webcourse;

import java.time.LocalDate;

/** A study group in its leader's list: how many members it has and when it next meets (null: none planned). */
public record GroupOverview(StudyGroup group, long members, LocalDate nextSession) {
}
