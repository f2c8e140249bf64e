package io.steward.content.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ModuleVersionRepository extends JpaRepository<ModuleVersion, Long> {

    /** The identity of every stored version, without the question banks. */
    record Key(String moduleId, String version, String contentHash) {
    }

    @Query("select new io.steward.content.domain.ModuleVersionRepository$Key(v.moduleId, v.version, v.contentHash)"
            + " from ModuleVersion v")
    List<Key> findAllKeys();

    Optional<ModuleVersion> findByModuleIdAndVersionAndContentHash(String moduleId, String version, String contentHash);

    /**
     * Stores a version unless it is already there. {@code INSERT IGNORE} rather than read-then-insert, so that
     * two Steward instances loading the same content at once cannot fail on the unique key.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            INSERT IGNORE INTO module_version (module_id, version, content_hash, title, first_served_at, questions,
                                               source)
            VALUES (:moduleId, :version, :contentHash, :title, :firstServedAt, :questions, :source)""")
    int insertIfAbsent(String moduleId, String version, String contentHash, String title, Instant firstServedAt,
            String questions, String source);

    /** The text of the version of a module that was first served most recently. */
    @Query(nativeQuery = true, value = """
            SELECT source FROM module_version WHERE module_id = :moduleId AND source IS NOT NULL
            ORDER BY first_served_at DESC, id DESC LIMIT 1""")
    Optional<String> findLatestSource(String moduleId);
}
