package io.steward.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.steward.base.CurrentUser;
import io.steward.base.Role;
import jakarta.annotation.security.PermitAll;

/** Sends each person to the home of their most specific role. */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    private final transient CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(currentUser.find().map(user -> {
            if (user.has(Role.HR) || user.has(Role.AUDITOR)) {
                return "compliance";
            } else if (user.has(Role.MANAGER)) {
                return "team";
            } else if (user.has(Role.AUTHOR)) {
                return "content";
            }
            return "training";
        }).orElse("login"));
    }
}
