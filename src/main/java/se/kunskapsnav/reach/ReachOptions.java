package se.kunskapsnav.reach;

import java.util.Map;

/** What a report can be narrowed by: code to name, in the order to offer them. */
public record ReachOptions(Map<String, String> counties, Map<String, String> kinds, Map<String, String> themes,
                           Map<String, String> professions, Map<String, String> series) {
}
