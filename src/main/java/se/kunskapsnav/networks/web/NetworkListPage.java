package se.kunskapsnav.networks.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.networks.Network;
import se.kunskapsnav.networks.NetworkMeeting;
import se.kunskapsnav.networks.NetworkService;
import se.kunskapsnav.networks.NetworkSummary;
import se.kunskapsnav.platform.MarkdownExcerpt;
import se.kunskapsnav.taxonomy.Vocabularies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /natverk}: every network, grouped per county (a co-owned network under each of its counties),
 * or one county's with the GET filter {@code lan}. A county the portal does not know does not filter.
 */
@Named
@RequestScoped
public class NetworkListPage {

    /** One county's heading and its networks. */
    public record CountyGroup(String countyCode, String countyName, List<Row> rows) {

        // Jakarta EL 5 reads bean getters, not record accessors.

        public String getCountyCode() {
            return countyCode;
        }

        public String getCountyName() {
            return countyName;
        }

        public List<Row> getRows() {
            return rows;
        }
    }

    /** One network as the list shows it: the network, its short purpose and its next meeting (or null). */
    public record Row(Network network, String purpose, NetworkMeeting nextMeeting) {

        static Row of(NetworkSummary summary) {
            return new Row(summary.network(), MarkdownExcerpt.of(summary.network().getPurpose()),
                    summary.nextMeeting().orElse(null));
        }

        public Network getNetwork() {
            return network;
        }

        public String getPurpose() {
            return purpose;
        }

        public NetworkMeeting getNextMeeting() {
            return nextMeeting;
        }
    }

    @Inject
    NetworkService networks;

    @Inject
    Vocabularies vocabularies;

    private String county;
    private List<CountyGroup> groups;

    /** View action: reads the filter and groups the networks per county, counties in code order. */
    public void load() {
        Map<String, String> query = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String given = query.get("lan");
        county = given != null && vocabularies.counties().containsKey(given) ? given : null;
        List<Row> rows = networks.networks(Optional.ofNullable(county)).stream()
                .map(Row::of).toList();
        groups = new ArrayList<>();
        for (String code : vocabularies.counties().keySet()) {
            if (county != null && !county.equals(code)) {
                continue;
            }
            List<Row> ofCounty = rows.stream()
                    .filter(row -> row.network().owningCounties().contains(code)).toList();
            if (!ofCounty.isEmpty()) {
                groups.add(new CountyGroup(code, vocabularies.countyName(code), ofCounty));
            }
        }
    }

    public List<CountyGroup> getGroups() {
        return groups;
    }

    public String getCounty() {
        return county;
    }
}
