package io.steward.security.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.steward.security.SignInThrottledException;
import io.steward.security.SsoSettings;
import java.util.List;
import java.util.Map;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph ssoRefused = new Paragraph();

    public LoginView(SsoSettings sso) {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(forgot -> forgot.getSource().getUI()
                .ifPresent(ui -> ui.navigate(RecoverAccountView.class)));
        form.setI18n(i18n(false));
        Paragraph intro = new Paragraph(getTranslation("login.intro"));
        intro.addClassName("login-intro");
        add(new H1(getTranslation("app.name")), intro);
        if (sso.enabled()) {
            ssoRefused.addClassName("login-sso-refused");
            ssoRefused.getElement().setAttribute("role", "alert");
            ssoRefused.setVisible(false);
            // A plain link, not a router link: the browser leaves for the provider.
            Anchor signIn = new Anchor(SsoSettings.SIGN_IN_PATH, getTranslation("login.sso", sso.providerName()));
            signIn.getElement().setAttribute("router-ignore", true);
            signIn.addClassName("login-sso");
            add(ssoRefused, signIn);
        }
        if (!sso.enabled() || sso.passwordSignIn()) {
            add(form);
        } else {
            // Single sign-on only: the password form is for the break-glass account alone.
            add(new Details(getTranslation("login.breakGlass"), form));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        if (query.containsKey("error")) {
            form.setI18n(i18n(lastFailureWasThrottled()));
            form.setError(true);
        }
        String refused = query.getOrDefault("sso", List.of()).stream().findFirst().orElse(null);
        if (refused != null) {
            ssoRefused.setText(getTranslation(switch (refused) {
                case "unknown" -> "login.sso.unknown";
                case "deactivated" -> "login.sso.deactivated";
                default -> "login.sso.failed";
            }));
            ssoRefused.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }

    private static boolean lastFailureWasThrottled() {
        var session = VaadinSession.getCurrent().getSession();
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof SignInThrottledException;
    }

    private LoginI18n i18n(boolean throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.email"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(throttled ? "login.throttled.title" : "login.failed.title"));
        error.setMessage(getTranslation(throttled ? "login.throttled.message" : "login.failed.message"));
        return i18n;
    }
}
