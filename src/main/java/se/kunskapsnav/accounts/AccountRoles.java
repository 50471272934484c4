package se.kunskapsnav.accounts;

import se.kunskapsnav.platform.CountyScope;

import java.util.Set;
import java.util.stream.Collectors;

/** A person's roles, and the counties they are editor for. */
public record AccountRoles(long accountId, Set<Role> roles, Set<String> editorCounties) {

    public AccountRoles {
        roles = Set.copyOf(roles);
        editorCounties = Set.copyOf(editorCounties);
    }

    /** The Jakarta Security groups: the role names; everyone is a participant. */
    public Set<String> groups() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    public CountyScope scope() {
        return new CountyScope(roles.contains(Role.ADMIN), editorCounties);
    }
}
