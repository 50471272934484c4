package se.kunskapsnav.materials;

import java.util.List;

/** A material's file with its versions, newest first: the first is the one offered. */
public record FileHistory(MaterialFile file, List<MaterialFileVersion> versions) {

    public MaterialFileVersion current() {
        return versions.getFirst();
    }

    public List<MaterialFileVersion> earlier() {
        return versions.subList(1, versions.size());
    }

    public MaterialFileVersion getCurrent() {
        return current();
    }

    public List<MaterialFileVersion> getEarlier() {
        return earlier();
    }
}
