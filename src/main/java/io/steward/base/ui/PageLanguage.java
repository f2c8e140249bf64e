package io.steward.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Sets the page language on the {@code html} element, so screen readers pronounce the text correctly: the
 * browser's language when the message bundles have it, otherwise the first bundle's. Done here rather than
 * in {@code frontend/index.html}: that file must stay byte-identical to Vaadin's default, or the build would
 * try to compile a new frontend bundle, which needs a Node.js this build does not use (see README).
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        I18NProvider i18n = event.getSource().getInstantiator().getI18NProvider();
        event.addIndexHtmlRequestListener(response -> {
            Locale requested = response.getVaadinRequest().getLocale();
            response.getDocument().getElementsByTag("html").attr("lang", language(i18n, requested));
        });
    }

    static String language(I18NProvider i18n, Locale requested) {
        List<Locale> provided = i18n == null ? List.of() : i18n.getProvidedLocales();
        return provided.stream().map(Locale::getLanguage).filter(l -> !l.isEmpty())
                .filter(l -> requested != null && l.equals(requested.getLanguage()))
                .findFirst()
                .orElse(provided.isEmpty() || provided.get(0).getLanguage().isEmpty() ? "en"
                        : provided.get(0).getLanguage());
    }
}
