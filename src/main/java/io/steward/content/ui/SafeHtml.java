package io.steward.content.ui;

import com.vaadin.flow.component.Html;

/**
 * Shows HTML that {@link io.steward.content.ContentService} has already sanitised. Nothing else may be passed
 * here: titles, questions and options are plain text and go into components as text, which escapes them.
 */
final class SafeHtml {

    private SafeHtml() {
    }

    static Html of(String sanitisedHtml) {
        return new Html("<div class=\"module-text\">" + sanitisedHtml + "</div>");
    }
}
