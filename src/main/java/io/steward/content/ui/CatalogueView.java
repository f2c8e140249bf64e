package io.steward.content.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.steward.base.Role;
import io.steward.base.ui.EmptyState;
import io.steward.base.ui.StewardView;
import jakarta.annotation.security.RolesAllowed;

@Route("content")
@Menu(title = "nav.content", order = 4, icon = "vaadin:book")
@RolesAllowed({Role.Names.AUTHOR, Role.Names.HR})
class CatalogueView extends StewardView {

    CatalogueView() {
        super("nav.content");
        add(new EmptyState(getTranslation("content.empty.heading"), getTranslation("content.empty.text")));
    }
}
