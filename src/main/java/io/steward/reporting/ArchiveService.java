package io.steward.reporting;

import io.steward.base.Role;
import io.steward.certification.CertificateFile;
import io.steward.certification.CertificateService;
import io.steward.reporting.domain.EvidenceQuery;
import io.steward.reporting.domain.EvidenceQuery.Period;
import io.steward.reporting.domain.EvidenceQuery.Version;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report archives, written to a stream as they are made: the certificates of a filter as PDFs, and the
 * evidence pack of one module over a period. Each ends with a manifest of SHA-256 hashes.
 */
@Service
@Transactional
public class ArchiveService {

    private static final int BATCH = 200;

    private final EvidenceQuery evidence;
    private final Populations populations;
    private final CertificateService certificates;
    private final ApplicationEventPublisher events;

    ArchiveService(EvidenceQuery evidence, Populations populations, CertificateService certificates,
            ApplicationEventPublisher events) {
        this.evidence = evidence;
        this.populations = populations;
        this.certificates = certificates;
        this.events = events;
    }

    /**
     * One PDF per certificate of the latest completion of each assignment the filter selects; HR and
     * auditors across the organisation, a manager only in their own line. Returns how many were written.
     */
    @RolesAllowed({Role.Names.HR, Role.Names.AUDITOR, Role.Names.MANAGER})
    public int exportCertificates(ReportFilter filter, OutputStream out) throws IOException {
        ManifestZip zip = new ManifestZip(out);
        long after = 0;
        List<Map.Entry<Long, String>> batch;
        do {
            batch = evidence.certificateCodes(populations.exportable(filter), after, BATCH);
            for (Map.Entry<Long, String> code : batch) {
                Optional<CertificateFile> file = certificates.certificate(code.getValue());
                if (file.isPresent()) {
                    zip.add(file.get().fileName(), file.get().pdf());
                }
                after = code.getKey();
            }
        } while (batch.size() == BATCH);
        zip.finish();
        events.publishEvent(new ExportDownloaded("certificates.zip", filter.describe(), zip.files()));
        return zip.files();
    }

    /**
     * The evidence that a module was assigned, taught and completed over a period, for HR and auditors: who
     * had it, every cycle and how it ended, by which rules, the content in force, the completions, the
     * exceptions, a README and the manifest. People appear by employee id and name; no e-mail addresses. Read
     * from the cycles and placements, which are never overwritten, so a closed period's data files come out the
     * same whenever the pack is made (docs/decisions/0017). Narrowed to a department, the people are those placed
     * there at the end of the period; for every module, each module's files are in a folder of its own.
     */
    @RolesAllowed({Role.Names.HR, Role.Names.AUDITOR})
    public void evidencePack(EvidenceScope scope, OutputStream out) throws IOException {
        ManifestZip zip = new ManifestZip(out);
        if (scope.moduleId() != null) {
            module(zip, "", scope.moduleId(), scope);
        } else {
            List<String> modules = evidence.modulesInPeriod(scope.department(), scope.period());
            zip.add("README.txt", allModulesReadme(scope, modules).getBytes(StandardCharsets.UTF_8));
            for (String module : modules) {
                module(zip, module + "/", module, scope);
            }
        }
        zip.finish();
        events.publishEvent(new ExportDownloaded("evidence-pack.zip", scope.describe(), zip.files()));
    }

    /** One module's files, each name starting with {@code folder}. */
    private void module(ManifestZip zip, String folder, String moduleId, EvidenceScope scope) throws IOException {
        Period period = scope.period();
        String department = scope.department();
        List<Version> versions = evidence.versionsInForce(moduleId, period);
        zip.add(folder + "README.txt", readme(moduleId, department, period, versions)
                .getBytes(StandardCharsets.UTF_8));
        csv(zip, folder + "population.csv", EvidenceQuery.POPULATION,
                rows -> evidence.population(moduleId, department, period, rows));
        csv(zip, folder + "cycles.csv", EvidenceQuery.CYCLES,
                rows -> evidence.cycles(moduleId, department, period, rows));
        csv(zip, folder + "assignment-rules.csv", EvidenceQuery.RULES, rows -> evidence.rules(moduleId, period, rows));
        for (Version version : versions) {
            String source = evidence.source(version.id()).orElse(null);
            zip.add(folder + contentFile(version), (source == null
                    ? "The text of this version was served before Steward kept module texts; its content hash is "
                    + version.contentHash() + ".\n" : source).getBytes(StandardCharsets.UTF_8));
        }
        csv(zip, folder + "completions.csv", EvidenceQuery.COMPLETIONS,
                rows -> evidence.completions(moduleId, department, period, rows));
        csv(zip, folder + "exceptions.csv", EvidenceQuery.EXCEPTIONS,
                rows -> evidence.exceptions(moduleId, department, period, rows));
    }

    /** Refuses a module id that was never served nor assigned: its pack would hold nothing. */
    @RolesAllowed({Role.Names.HR, Role.Names.AUDITOR})
    public void checkModule(String moduleId) {
        if (!evidence.moduleKnown(moduleId)) {
            throw new InvalidParameterException("module", false, "No module '" + moduleId
                    + "' was ever served or assigned.");
        }
    }

    private static String contentFile(Version version) {
        return "content/" + version.version() + "-" + version.contentHash().substring(0, 12) + ".md";
    }

    private static String allModulesReadme(EvidenceScope scope, List<String> modules) {
        StringBuilder text = new StringBuilder("""
                Steward evidence pack: every module
                ===================================

                Period: %s to %s (whole days, UTC)
                %s
                One folder for each module of which some cycle was open during the period, with the files of
                that module's evidence pack and its README. manifest.sha256 holds the SHA-256 of every file.

                Modules:
                """.formatted(scope.period().from(), scope.period().to(), department(scope.department())));
        if (modules.isEmpty()) {
            text.append("  none\n");
        }
        modules.forEach(module -> text.append("  ").append(module).append("/\n"));
        return text.toString();
    }

    /** The README's line for a department; empty for everyone, so that such a README reads as it always did. */
    private static String department(String department) {
        return department == null ? "" : "Department: " + department
                + " (the people placed there at the end of the period)\n";
    }

    private static String readme(String moduleId, String department, Period period, List<Version> versions) {
        StringBuilder text = new StringBuilder("""
                Steward evidence pack
                =====================

                Module: %s
                Period: %s to %s (whole days, UTC)
                %s
                population.csv        everyone who had the module to do, or had done it, at some time in
                                      the period, people who have left included, with their department and
                                      manager at the end of the period (or when they left, if before)
                cycles.csv            every cycle of the module open during the period: when and why it
                                      opened, the rule, the due date, and how it had ended by the end of the
                                      period (blank: still open); reconstructed = rebuilt from completions
                                      recorded before each cycle was kept
                assignment-rules.csv  each version of the rules of the module in force during the period:
                                      audience, due setting, renewal, when it held, whether it retired the rule
                content/              each version of the module in force during the period, as served
                completions.csv       every completion in the period: version, content hash, score, when,
                                      until when it is valid, certificate code (verifiable at /verify)
                exceptions.csv        exemptions in the period (day, reason, who decided) and the days of
                                      the period on which a cycle was overdue (open after its due date)
                manifest.sha256       the SHA-256 of every other file; check with: sha256sum -c manifest.sha256

                People appear by employee id and name only. Times are UTC (ISO 8601).

                Versions in force:
                """.formatted(moduleId, period.from(), period.to(), department(department)));
        if (versions.isEmpty()) {
            text.append("  none served before the end of the period\n");
        }
        versions.forEach(v -> text.append("  ").append(v.version()).append(" (").append(v.title())
                .append("), first served ").append(v.firstServedAt()).append(", content hash ")
                .append(v.contentHash()).append(" -> ").append(contentFile(v)).append('\n'));
        return text.toString();
    }

    @FunctionalInterface
    private interface RowSource {
        void forEach(EvidenceQuery.Rows rows);
    }

    private static void csv(ManifestZip zip, String name, List<String> headers, RowSource source)
            throws IOException {
        zip.add(name, out -> {
            CompletionWriter writer = CompletionWriter.of(ExportFormat.CSV, out, headers);
            try {
                source.forEach(cells -> writer.write(cells.stream().map(ArchiveService::safe).toList()));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.finish();
        });
    }

    private static Object safe(Object cell) {
        return cell instanceof String text ? SpreadsheetSafe.text(text) : cell;
    }
}
