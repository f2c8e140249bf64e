package io.steward.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page inside the shell. Its title comes from the message bundle, and the shell shows it as the page
 * heading; the content is a {@code main} landmark for screen readers.
 */
public abstract class StewardView extends Main implements HasDynamicTitle {

    private final String titleKey;

    protected StewardView(String titleKey) {
        this.titleKey = titleKey;
        addClassName("steward-view");
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
