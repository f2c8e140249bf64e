package io.steward.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.steward.security.InvitationService.Invitee;
import io.steward.security.InvitationService;
import java.util.List;

/** The page behind an invitation link: a new person sets their first password here, once. */
@Route(value = InvitationService.PATH + "/:token", autoLayout = false)
@AnonymousAllowed
class InvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient InvitationService invitations;
    private final NewPasswordFields fields = new NewPasswordFields();
    private String token;

    InvitationView(InvitationService invitations) {
        this.invitations = invitations;
        addClassNames("login-view", "invitation-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        invitations.findInvitee(token).ifPresentOrElse(this::showForm, this::showInvalid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title") + " | " + getTranslation("app.name");
    }

    private void showForm(Invitee invitee) {
        Button save = new Button(getTranslation("invitation.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(fields.password, fields.repeat, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.addClassName("invitation-form");
        show(intro(getTranslation("invitation.welcome", invitee.displayName(), invitee.email())), form);
    }

    private void showInvalid() {
        show(intro(getTranslation("invitation.invalid")), new Anchor("login", getTranslation("invitation.toLogin")));
    }

    private void show(Component... content) {
        removeAll();
        add(new H1(getTranslation("invitation.title")));
        add(content);
    }

    private static Paragraph intro(String text) {
        Paragraph intro = new Paragraph(text);
        intro.addClassName("login-intro");
        return intro;
    }

    private void save() {
        if (!fields.entriesMatch()) {
            return;
        }
        List<String> problems = invitations.accept(token, fields.password.getValue());
        if (problems.isEmpty()) {
            show(intro(getTranslation("invitation.done")), new Anchor("login", getTranslation("invitation.toLogin")));
        } else if (problems.contains("invitation.invalid")) {
            showInvalid();
        } else {
            fields.showProblems(problems);
        }
    }
}
