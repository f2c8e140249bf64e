package io.steward.certification;

import io.steward.base.CurrentUser;
import io.steward.base.EmployeeId;
import io.steward.base.RateLimiter;
import io.steward.base.Role;
import io.steward.base.SignedInUser;
import io.steward.certification.domain.Certificate;
import io.steward.certification.domain.CertificateRepository;
import io.steward.directory.DirectoryService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Certificates: downloaded by their holder, verified by anyone who has the code. */
@Service
@Transactional(readOnly = true)
public class CertificateService {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{5}(-[0-9A-Z]{5}){4}");

    private final CertificateRepository certificates;
    private final CertificatePdf pdf;
    private final DirectoryService directory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final RateLimiter verifications;

    CertificateService(CertificateRepository certificates, CertificatePdf pdf, DirectoryService directory,
            CurrentUser currentUser, Clock clock,
            CertificationProperties properties) {
        this.certificates = certificates;
        this.pdf = pdf;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
        this.verifications = new RateLimiter(clock, properties.requestsPerMinute(), Duration.ofMinutes(1));
    }

    /** The PDF of one of my own completions; empty for anyone else's. */
    @PreAuthorize("isAuthenticated()")
    public Optional<CertificateFile> myCertificate(long completionId) {
        return certificates.findByCompletionIdAndEmployeeId(completionId, currentUser.require().employeeId().value())
                .map(c -> new CertificateFile(fileName(c), pdf.render(c)));
    }

    /**
     * The PDF of any certificate HR or an auditor asks for by its code, or, for a manager, of someone in their
     * reporting line; empty for an unknown code or someone outside the line. Used by report archives, which
     * find the codes in their own queries.
     */
    @RolesAllowed({Role.Names.HR, Role.Names.AUDITOR, Role.Names.MANAGER})
    public Optional<CertificateFile> certificate(String code) {
        SignedInUser user = currentUser.require();
        return certificates.findByCode(code)
                .filter(c -> user.has(Role.HR) || user.has(Role.AUDITOR)
                        || directory.isInMyReportingLine(new EmployeeId(c.getEmployeeId())))
                .map(c -> new CertificateFile(fileName(c), pdf.render(c)));
    }

    private static String fileName(Certificate c) {
        return "steward-certificate-" + c.getModuleId() + "-" + c.getCode() + ".pdf";
    }

    /**
     * Open to everyone, signed in or not: the code is the secret, so each client (by network address) may
     * only try a limited number of codes a minute.
     *
     * @throws TooManyRequestsException when this client asked too often
     */
    @PermitAll
    public Verification verify(String rawCode, String client) {
        if (!verifications.tryAcquire(client)) {
            throw new TooManyRequestsException();
        }
        String code = rawCode == null ? "" : rawCode.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            return Verification.unknown(code);
        }
        return certificates.findByCode(code).map(this::verification).orElseGet(() -> Verification.unknown(code));
    }

    private Verification verification(Certificate c) {
        boolean expired = c.getExpiresAt() != null && !clock.instant().isBefore(c.getExpiresAt());
        boolean erased = c.getHolderName().isBlank();
        boolean showName = !erased && maySeeName(new EmployeeId(c.getEmployeeId()));
        return new Verification(expired ? Verification.Status.EXPIRED : Verification.Status.VALID, c.getCode(),
                c.getModuleId(), c.getModuleTitle(), c.getModuleVersion(), c.getCompletedAt(), c.getExpiresAt(),
                erased ? null : showName ? c.getHolderName() : initials(c.getHolderName()), showName);
    }

    private boolean maySeeName(EmployeeId holder) {
        Optional<SignedInUser> viewer = currentUser.find();
        if (viewer.isEmpty()) {
            return false;
        }
        SignedInUser user = viewer.get();
        return user.employeeId().equals(holder) || user.has(Role.HR) || user.has(Role.AUDITOR)
                || user.has(Role.MANAGER) && directory.isInMyReportingLine(holder);
    }

    static String initials(String name) {
        return Arrays.stream(name.strip().split("\\s+"))
                .filter(part -> !part.isEmpty())
                .map(part -> part.substring(0, part.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT) + ".")
                .collect(Collectors.joining(" "));
    }
}
