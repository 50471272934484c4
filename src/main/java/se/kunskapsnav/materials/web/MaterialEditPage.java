package se.kunskapsnav.materials.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import se.kunskapsnav.materials.FileHistory;
import se.kunskapsnav.materials.Material;
import se.kunskapsnav.materials.MaterialFileVersion;
import se.kunskapsnav.materials.MaterialFiles;
import se.kunskapsnav.materials.MaterialFilter;
import se.kunskapsnav.materials.MaterialService;
import se.kunskapsnav.materials.MaterialUploads;
import se.kunskapsnav.networks.NetworkService;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.ClockProducer;
import se.kunskapsnav.platform.CountyScope;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.platform.web.UrlIds;
import se.kunskapsnav.taxonomy.Vocabularies;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * {@code /admin/material/ny} and {@code /admin/material/{id}/redigera}: a material's description; on an
 * existing material also its files (add, replace with a new version, remove), and retiring or reinstating it.
 * Uploads go as streams to {@link MaterialUploads}, which checks them; a refusal is shown at the file field.
 */
@Named
@ViewScoped
public class MaterialEditPage implements Serializable {

    static final String FORM = "material";
    static final String UPLOAD_FIELD = "filuppladdning:fil";

    @Inject
    MaterialService materials;

    @Inject
    MaterialUploads uploads;

    @Inject
    MaterialFiles materialFiles;

    @Inject
    NetworkService networks;

    @Inject
    TenancyGuard guard;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Clock clock;

    private String id;
    private Long materialId;
    /** The revision the form was filled from: a save after someone else's is refused, not written over it. */
    private Long revision;
    private MaterialForm form;
    private transient Part file;
    private transient Part replacement;
    private transient Material material;
    private transient List<FileHistory> files;
    private transient List<SelectItem> networkOptions;

    /** View action: an empty form, or the material's description; 404 for nothing, 403 for another county's. */
    public void load() {
        try {
            if (id == null || id.isBlank()) {
                CountyScope scope = guard.scope();
                String owner = scope.administrator() ? MaterialFilter.NATIONAL
                        : scope.editorCounties().stream().sorted().findFirst().orElse(null);
                form = MaterialForm.empty(owner, LocalDate.now(clock.withZone(ClockProducer.SWEDEN)));
            } else {
                materialId = UrlIds.parse(id);
                form = MaterialForm.of(getMaterial());
                revision = getMaterial().getRevision();
            }
        } catch (NotFoundException e) {
            Faces.sendError(404);
        } catch (AccessDeniedException e) {
            Faces.sendError(403);
        }
    }

    public Material getMaterial() {
        if (material == null && materialId != null) {
            material = materials.editable(materialId);
        }
        return material;
    }

    public boolean isNew() {
        return materialId == null;
    }

    public List<FileHistory> getFiles() {
        if (files == null) {
            files = isNew() ? List.of() : materialFiles.of(getMaterial());
        }
        return files;
    }

    public void save() {
        try {
            if (isNew()) {
                Material created = materials.create(form.toInput());
                Faces.message(null, FacesMessage.SEVERITY_INFO, "materials.form.created");
                Faces.redirect("/admin/material/" + created.getId() + "/redigera");
            } else {
                materials.update(materialId, form.toInput(), revision);
                material = materials.editable(materialId);
                form = MaterialForm.of(material);
                revision = material.getRevision();
                Faces.message(null, FacesMessage.SEVERITY_INFO, "materials.form.saved");
            }
        } catch (InvalidInputException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, "materials.form.notSaved");
            Faces.fieldErrors(e, MaterialForm.components(FORM));
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    // ---- files

    /** Adds the chosen file; a refusal (kind, size, content) is shown at the field and nothing is kept. */
    public void upload() {
        receive(file, UPLOAD_FIELD, (name, in) -> uploads.addFile(materialId, name, in));
    }

    /** Replaces a file with the chosen one as its new version; {@code row} is the file's place in the list. */
    public void replace(long fileId, int row) {
        receive(replacement, "filer:" + row + ":ersatt:ny", (name, in) -> uploads.replaceFile(fileId, name, in));
    }

    private void receive(Part part, String field, BiFunction<String, InputStream, MaterialFileVersion> receiver) {
        if (part == null || part.getSubmittedFileName() == null || part.getSubmittedFileName().isBlank()) {
            Faces.message(field, FacesMessage.SEVERITY_ERROR, "material.file.required");
            return;
        }
        MaterialFileVersion version;
        try (InputStream in = part.getInputStream()) {
            version = receiver.apply(part.getSubmittedFileName(), in);
        } catch (IOException e) {
            Faces.message(field, FacesMessage.SEVERITY_ERROR, "material.file.unreadable");
            return;
        } catch (InvalidInputException e) {
            Faces.fieldErrors(e, Map.of("file", field));
            return;
        } finally {
            deleteQuietly(part);
        }
        Faces.message(null, FacesMessage.SEVERITY_INFO,
                version.getVersionNo() == 1 ? "materials.form.fileAdded" : "materials.form.fileReplaced",
                version.getFileName(), version.getVersionNo());
        Faces.redirect("/admin/material/" + materialId + "/redigera");
    }

    /** The container's temporary copy of a large upload goes at once, not when the request is collected. */
    private static void deleteQuietly(Part part) {
        try {
            part.delete();
        } catch (IOException | RuntimeException e) {
            // the container removes it at the end of the request anyway
        }
    }

    public void removeFile(long fileId) {
        try {
            materialFiles.removeFile(fileId);
            Faces.message(null, FacesMessage.SEVERITY_INFO, "materials.form.fileRemoved");
        } catch (NotFoundException e) {
            // removed meanwhile: show the list as it is now
        }
        Faces.redirect("/admin/material/" + materialId + "/redigera");
    }

    // ---- retiring

    public void retire() {
        materials.retire(materialId);
        Faces.message(null, FacesMessage.SEVERITY_INFO, "materials.form.retired");
        Faces.redirect("/admin/material/" + materialId + "/redigera");
    }

    public void reinstate() {
        materials.reinstate(materialId);
        Faces.message(null, FacesMessage.SEVERITY_INFO, "materials.form.reinstated");
        Faces.redirect("/admin/material/" + materialId + "/redigera");
    }

    // ---- options

    /** The counties the person edits materials for; administrators also national materials, first. */
    public List<SelectItem> getOwnerOptions() {
        CountyScope scope = guard.scope();
        List<SelectItem> options = new ArrayList<>();
        if (scope.administrator()) {
            options.add(new SelectItem(MaterialFilter.NATIONAL, Messages.get("materials.national")));
        }
        vocabularies.getCountyOptions().stream()
                .filter(item -> scope.administrator() || scope.editorCounties().contains((String) item.getValue()))
                .forEach(options::add);
        return options;
    }

    /** The networks the person may run, by name. */
    public List<SelectItem> getNetworkOptions() {
        if (networkOptions == null) {
            networkOptions = networks.editableNetworks().stream()
                    .map(n -> new SelectItem(n.network().getId().toString(), n.network().getName())).toList();
        }
        return networkOptions;
    }

    /** The largest file the service takes, in whole megabytes. */
    public long getMaxMegabytes() {
        return uploads.maxBytes() / (1024 * 1024);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MaterialForm getForm() {
        return form;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Part getReplacement() {
        return replacement;
    }

    public void setReplacement(Part replacement) {
        this.replacement = replacement;
    }
}
