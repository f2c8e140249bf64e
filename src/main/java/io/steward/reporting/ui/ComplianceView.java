package io.steward.reporting.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.steward.base.Role;
import io.steward.base.ui.EmptyState;
import io.steward.base.ui.StewardView;
import jakarta.annotation.security.RolesAllowed;

@Route("compliance")
@Menu(title = "nav.compliance", order = 3, icon = "vaadin:chart")
@RolesAllowed({Role.Names.HR, Role.Names.AUDITOR})
class ComplianceView extends StewardView {

    ComplianceView() {
        super("nav.compliance");
        add(new EmptyState(getTranslation("compliance.empty.heading"), getTranslation("compliance.empty.text")));
    }
}
