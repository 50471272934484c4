package se.kunskapsnav.networks;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A standing network of a county (co-owners allowed), e.g. all kvinnofridssamordnare of the county. */
@Entity
@Table(name = "network")
public class Network {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "county_code", nullable = false, length = 2)
    private String countyCode;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "purpose", nullable = false)
    private String purpose;

    @Column(name = "open_to_apply", nullable = false)
    private boolean openToApply;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "revision", nullable = false)
    private long revision;

    @ElementCollection
    @CollectionTable(name = "network_co_owner", joinColumns = @JoinColumn(name = "network_id"))
    @Column(name = "county_code")
    private Set<String> coOwners = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "network_profession", joinColumns = @JoinColumn(name = "network_id"))
    @Column(name = "profession_code")
    private Set<String> professions = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "network_sector", joinColumns = @JoinColumn(name = "network_id"))
    @Column(name = "sector_code")
    private Set<String> sectors = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "network_theme", joinColumns = @JoinColumn(name = "network_id"))
    @Column(name = "theme_code")
    private Set<String> themes = new LinkedHashSet<>();

    protected Network() {
    }

    Network(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** Takes over a checked input (see {@link NetworkRules#check(NetworkInput, NetworkRules.Known)}). */
    void apply(NetworkInput input, Instant now) {
        name = input.name();
        purpose = input.purpose();
        countyCode = input.countyCode();
        openToApply = input.openToApply();
        replace(coOwners, input.coOwners());
        replace(professions, input.professions());
        replace(sectors, input.sectors());
        replace(themes, input.themes());
        updatedAt = now;
    }

    private static void replace(Set<String> target, List<String> codes) {
        target.retainAll(codes);
        target.addAll(codes);
    }

    public NetworkInput toInput() {
        return new NetworkInput(name, purpose, countyCode, List.copyOf(coOwners), openToApply,
                List.copyOf(professions), List.copyOf(sectors), List.copyOf(themes));
    }

    /** The owning county and the co-owners: editors of any of them run the network. */
    public Set<String> owningCounties() {
        Set<String> owners = new LinkedHashSet<>();
        owners.add(countyCode);
        owners.addAll(coOwners);
        return owners;
    }

    /** Raised by every change; a save names the revision it was made from ({@code platform.Revisions}). */
    public long getRevision() {
        return revision;
    }

    public Long getId() {
        return id;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public boolean isOpenToApply() {
        return openToApply;
    }

    public Set<String> getCoOwners() {
        return Set.copyOf(coOwners);
    }

    public Set<String> getProfessions() {
        return Set.copyOf(professions);
    }

    public Set<String> getSectors() {
        return Set.copyOf(sectors);
    }

    public Set<String> getThemes() {
        return Set.copyOf(themes);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
