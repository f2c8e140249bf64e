package io.steward.directory.api;

import io.steward.base.ApiScope;
import io.steward.directory.importing.DirectoryImportService;
import io.steward.directory.importing.ImportMode;
import io.steward.directory.importing.ImportPreview;
import io.steward.directory.importing.ImportPreview.PersonChange;
import io.steward.directory.importing.ImportResult;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code POST /api/v1/directory/import}: the staff list as {@code text/csv}; see docs/api.md. */
@RestController
@RequestMapping("/api/v1/directory")
class DirectoryImportController {

    static final String TEXT_CSV = "text/csv";

    private final DirectoryImportService imports;

    DirectoryImportController(DirectoryImportService imports) {
        this.imports = imports;
    }

    /**
     * What the import did (or, with {@code dryRun}, would do). New people's set-password links go to them by
     * e-mail, never in this answer: a token is a program, not a person who may hand them out.
     */
    record ImportResponse(boolean dryRun, Counts counts, List<PersonChange> created, List<PersonChange> updated,
            List<PersonChange> deactivated) {
    }

    /** {@code invited}: new active people whose invitation was sent by e-mail. */
    record Counts(int created, int updated, int deactivated, int unchanged, int invited) {
    }

    @PostMapping(path = "/import", consumes = TEXT_CSV, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('" + ApiScope.Authorities.IMPORT + "')")
    ImportResponse importStaffList(@RequestBody byte[] file, @RequestParam(defaultValue = "full") String mode,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        ImportMode importMode = mode(mode);
        if (dryRun) {
            return response(true, imports.preview(file, importMode), 0);
        }
        ImportResult result = imports.importStaffList(file, importMode);
        return response(false, result.changes(), result.invitations().size());
    }

    private static ImportMode mode(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "full" -> ImportMode.FULL;
            case "partial" -> ImportMode.PARTIAL;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "mode must be 'full' or 'partial', was '" + value + "'");
        };
    }

    private static ImportResponse response(boolean dryRun, ImportPreview changes, int invited) {
        return new ImportResponse(dryRun, new Counts(changes.created().size(), changes.updated().size(),
                changes.deactivated().size(), changes.unchanged(), invited), changes.created(), changes.updated(),
                changes.deactivated());
    }
}
