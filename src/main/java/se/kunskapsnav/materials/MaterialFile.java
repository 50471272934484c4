package se.kunskapsnav.materials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One file of a material, e.g. "the checklist as PDF"; its content is in its {@link MaterialFileVersion}s. */
@Entity
@Table(name = "material_file")
public class MaterialFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "material_id", nullable = false)
    private Long materialId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MaterialFile() {
    }

    MaterialFile(Long materialId, Instant now) {
        this.materialId = materialId;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getMaterialId() {
        return materialId;
    }
}
