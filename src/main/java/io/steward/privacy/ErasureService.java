package io.steward.privacy;

import io.steward.base.PersonErased;
import io.steward.base.Role;
import io.steward.directory.DirectoryService;
import io.steward.directory.PersonStatus;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure on request: HR erases a person who no longer works here. Every feature erases its part in this one
 * transaction (listeners of {@link PersonErased}); evidence of training stays, under a pseudonymised profile.
 */
@Service
public class ErasureService {

    private final DirectoryService directory;
    private final ApplicationEventPublisher events;

    ErasureService(DirectoryService directory, ApplicationEventPublisher events) {
        this.directory = directory;
        this.events = events;
    }

    /**
     * Who would be erased, for the confirmation.
     *
     * @throws ErasureRefusedException when there is no such person, they are still active, or already erased
     */
    @RolesAllowed(Role.Names.HR)
    @Transactional(readOnly = true)
    public PersonStatus candidate(String employeeNumber) {
        PersonStatus person = directory.findPerson(employeeNumber).orElseThrow(() -> new ErasureRefusedException(
                "erasure.refused.unknown", "no person has the employee id '" + employeeNumber + "'"));
        if (person.erased()) {
            throw new ErasureRefusedException("erasure.refused.erased", employeeNumber + " was erased before");
        }
        if (person.active()) {
            throw new ErasureRefusedException("erasure.refused.active",
                    employeeNumber + " is active; only people who left (deactivated) can be erased");
        }
        return person;
    }

    /**
     * Erases the person's personal data, all or nothing.
     *
     * @throws ErasureRefusedException as {@link #candidate}
     */
    @RolesAllowed(Role.Names.HR)
    @Transactional
    public void erase(String employeeNumber) {
        events.publishEvent(new PersonErased(candidate(employeeNumber).id()));
    }
}
