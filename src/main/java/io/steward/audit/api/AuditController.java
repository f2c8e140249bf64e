package io.steward.audit.api;

import io.steward.audit.AuditService;
import io.steward.audit.ChainVerification;
import io.steward.base.ApiScope;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit/verify}: walks the chain and says whether it is intact. */
@RestController
class AuditController {

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping(path = "/api/v1/audit/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('" + ApiScope.Authorities.AUDIT + "')")
    ChainVerification verify() {
        return audit.verifyForApi();
    }
}
