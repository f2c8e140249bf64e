package io.steward.security;

import io.steward.base.PersonErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** An erased person's password hash and any open invitation go with the rest of their personal data. */
@Component
class ErasedAccounts {

    private final JdbcClient jdbc;

    ErasedAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonErased event) {
        jdbc.sql("DELETE FROM credential WHERE employee_id = ?").param(event.person().value()).update();
        jdbc.sql("DELETE FROM invitation WHERE employee_id = ?").param(event.person().value()).update();
    }
}
