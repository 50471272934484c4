package se.kunskapsnav.webcourse.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.taxonomy.Vocabularies;
import se.kunskapsnav.webcourse.StudyGroupService;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Participants counted per profession on {@link StudyGroupPage}: the leader's form with a field per profession,
 * a summary for those who see the group without changing it.
 */
@Named
@ViewScoped
public class GroupCountsSection implements Serializable {

    @Inject
    StudyGroupPage page;

    @Inject
    StudyGroupService groups;

    @Inject
    Vocabularies vocabularies;

    private List<CountRow> counts = List.of();

    /** View action after the page's: the leader's form starts from the counts recorded. */
    public void load() {
        if (!page.isLeader()) {
            return;
        }
        Map<String, Integer> recorded = page.getGroup().getCounts();
        counts = vocabularies.professions().entrySet().stream()
                .map(p -> new CountRow(p.getKey(), p.getValue(),
                        Optional.ofNullable(recorded.get(p.getKey())).map(String::valueOf).orElse("")))
                .toList();
    }

    public void saveCounts() {
        Map<String, Integer> byProfession = new LinkedHashMap<>();
        Map<String, String> components = new HashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            CountRow row = counts.get(i);
            byProfession.put(row.getCode(), GroupForm.number(row.getCount()));
            components.put("counts[" + row.getCode() + "]", "antal:yrken:" + i + ":count");
        }
        page.change(() -> groups.count(page.getGroupId(), byProfession), "webcourse.group.countsSaved", components);
    }

    public List<CountRow> getCounts() {
        return counts;
    }

    /** The participants counted per profession, for those who see the group without changing it. */
    public List<CountRow> getCountSummary() {
        return page.getGroup().getCounts().entrySet().stream()
                .map(e -> new CountRow(e.getKey(), vocabularies.professionName(e.getKey()), e.getValue().toString()))
                .toList();
    }

    /** Participants counted in one profession, as typed. */
    public static class CountRow implements Serializable {

        private final String code;
        private final String name;
        private String count;

        CountRow(String code, String name, String count) {
            this.code = code;
            this.name = name;
            this.count = count;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public String getCount() {
            return count;
        }

        public void setCount(String count) {
            this.count = count;
        }
    }
}
