package io.steward.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** A served module version, as stored; rows are only ever inserted (see {@link ModuleVersionRepository}). */
@Entity
public class ModuleVersion {

    @Id
    private Long id;

    private String moduleId;
    private String version;

    @Column(columnDefinition = "char(64)")
    private String contentHash;

    private String title;
    private Instant firstServedAt;

    /** The question bank as JSON: a list of {@link io.steward.content.format.QuizQuestion}. */
    @Column(columnDefinition = "longtext")
    private String questions;

    /** The file's text; null for versions stored before it was kept. */
    @Column(columnDefinition = "longtext")
    private String source;

    protected ModuleVersion() {
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getVersion() {
        return version;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getTitle() {
        return title;
    }

    public Instant getFirstServedAt() {
        return firstServedAt;
    }

    public String getQuestions() {
        return questions;
    }
}
