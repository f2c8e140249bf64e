package io.steward.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.steward.security.InvitationService;

/**
 * "Forgot password": asks for an e-mail address and always gives the same answer, whether or not Steward has
 * an account for it; the link itself goes by e-mail (InvitationService#sendRecoveryLink).
 */
@Route(value = "account/recover", autoLayout = false)
@AnonymousAllowed
public class RecoverAccountView extends Main implements HasDynamicTitle {

    public RecoverAccountView(InvitationService links) {
        addClassName("login-view");
        Paragraph intro = new Paragraph(getTranslation("recover.intro"));
        intro.addClassName("login-intro");
        EmailField email = new EmailField(getTranslation("login.email"));
        email.setRequired(true);
        email.addClassName("recover-email");
        email.setErrorMessage(getTranslation("recover.emailRequired"));
        Paragraph sent = new Paragraph(getTranslation("recover.sent"));
        sent.getElement().setAttribute("role", "status");
        sent.addClassName("recover-sent");
        sent.setVisible(false);
        Button send = new Button(getTranslation("recover.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            if (email.isEmpty() || email.isInvalid()) {
                email.setInvalid(true);
                return;
            }
            links.sendRecoveryLink(email.getValue());
            sent.setVisible(true);
        });
        add(new H1(getTranslation("recover.title")), intro, email, send, sent,
                new Anchor("login", getTranslation("invitation.toLogin")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recover.title") + " | " + getTranslation("app.name");
    }
}
