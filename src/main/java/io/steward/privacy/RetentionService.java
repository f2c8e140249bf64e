package io.steward.privacy;

import io.steward.base.RetentionPolicy;
import io.steward.base.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/** HR's view of the retention policy: the periods, what the next run would do, and a run by hand. */
@Service
public class RetentionService {

    private final RetentionPolicy policy;
    private final RetentionJob job;

    RetentionService(RetentionPolicy policy, RetentionJob job) {
        this.policy = policy;
        this.job = job;
    }

    /** Each configured period, by policy key. */
    @RolesAllowed(Role.Names.HR)
    public Map<String, Period> policy() {
        return policy.periods();
    }

    /** What a run now would delete or pseudonymise, per kind; changes nothing. */
    @RolesAllowed(Role.Names.HR)
    public List<ExpiredCount> preview() {
        return job.preview();
    }

    /**
     * Applies the policy now, reporting progress as it goes (on the calling thread).
     *
     * @return the counts per kind, or empty when a run is already going on
     */
    @RolesAllowed(Role.Names.HR)
    public Optional<Map<String, Long>> runNow(Consumer<RetentionProgress> progress) {
        return Optional.ofNullable(job.runLocked("manual", progress));
    }
}
