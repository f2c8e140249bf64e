package io.steward.certification.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.steward.certification.CertificateService;
import io.steward.certification.TooManyRequestsException;
import io.steward.certification.Verification;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Public: anyone with a certificate's code can check it, signed in or not. */
@Route(value = "verify/:code?", autoLayout = false)
@AnonymousAllowed
class VerifyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CertificateService certificates;
    private final Div outcome = new Div();

    VerifyView(CertificateService certificates) {
        this.certificates = certificates;
        addClassNames("verify-view");
        TextField code = new TextField(getTranslation("verify.code"));
        code.setHelperText(getTranslation("verify.code.help"));
        code.setWidthFull();
        Button check = new Button(getTranslation("verify.check"), click -> getUI().ifPresent(ui -> ui.navigate(
                VerifyView.class, new RouteParameters("code", code.getValue().strip()))));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        Div form = new Div(code, check);
        form.addClassName("verify-form");
        outcome.addClassName("verify-outcome");
        outcome.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("verify.heading")), new Paragraph(getTranslation("verify.intro")), form, outcome);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        outcome.removeAll();
        event.getRouteParameters().get("code").ifPresent(code -> {
            try {
                show(certificates.verify(code, VaadinRequest.getCurrent().getRemoteAddr()));
            } catch (TooManyRequestsException e) {
                outcome.add(new Paragraph(getTranslation("verify.tooMany")));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.heading") + " | " + getTranslation("app.name");
    }

    private void show(Verification v) {
        String status = switch (v.status()) {
            case VALID -> "valid";
            case EXPIRED -> "expired";
            case UNKNOWN -> "unknown";
        };
        Span badge = new Span(getTranslation("verify.status." + status));
        badge.addClassNames("verify-status", "status-" + status);
        H2 heading = new H2(badge);
        outcome.add(heading);
        if (v.status() == Verification.Status.UNKNOWN) {
            outcome.add(new Paragraph(getTranslation("verify.unknown")));
            return;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .withZone(ZoneOffset.UTC);
        outcome.add(fact("verify.holder", v.holder() == null ? getTranslation("verify.holderErased") : v.holder()),
                fact("verify.module", v.moduleTitle() + " (" + getTranslation("verify.version", v.moduleVersion()) + ")"),
                fact("verify.completed", dates.format(v.completedAt())),
                fact("verify.expires", v.expiresAt() == null ? getTranslation("verify.noExpiry")
                        : dates.format(v.expiresAt())),
                fact("verify.codeLabel", v.code()));
    }

    private Paragraph fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Paragraph p = new Paragraph(label, new Span(value));
        p.addClassName("fact");
        return p;
    }
}
