package io.steward.security.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByBootstrapTrueAndRevokedAtIsNull();

    List<ApiToken> findAllByOrderByRevokedAtAscCreatedAtDesc();

    /**
     * Records use without loading the token or bumping its version, and at most once a minute per token, so
     * that busy scripts do not turn every API call into a write.
     */
    @Modifying
    @Query("""
            UPDATE ApiToken t SET t.lastUsedAt = :now
            WHERE t.id = :id AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :notBefore)""")
    int touch(long id, Instant now, Instant notBefore);
}
