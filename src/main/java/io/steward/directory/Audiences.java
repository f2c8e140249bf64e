package io.steward.directory;

import io.steward.base.EmployeeId;
import io.steward.directory.domain.AudienceQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Audience membership for the application's own work, which runs without a signed-in person (the daily
 * assignment cycle, reactions to a staff list import). Screens go through {@link DirectoryService}.
 */
@Component
public class Audiences {

    private final AudienceQuery audiences;

    Audiences(AudienceQuery audiences) {
        this.audiences = audiences;
    }

    /** The active people in the audience. */
    public List<EmployeeId> members(Audience audience) {
        return audiences.members(audience);
    }

    /** The hire dates the staff list gave, by person; people without one are left out. */
    public Map<Long, LocalDate> hireDates(Collection<Long> people) {
        return audiences.hireDates(people);
    }

    /** The values that name nothing: unknown departments or roles, employee ids of no active person. */
    public List<String> unknownValues(Audience audience) {
        return audiences.unknownValues(audience);
    }
}
