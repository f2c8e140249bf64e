package io.steward.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What anyone sees when a page fails unexpectedly: a plain apology and a reference to quote, never the
 * exception's text (which can name classes, queries or data). The exception goes to the log with that
 * reference. Pages that are not found or not allowed keep Vaadin's more specific handling.
 */
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error on /{} (reference {})", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        removeAll();
        addClassName("steward-view");
        add(new EmptyState(getTranslation("error.heading"), getTranslation("error.text", reference)),
                new Anchor("", getTranslation("error.home")));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.heading") + " | " + getTranslation("app.name");
    }
}
