package io.steward.base.ui;

import com.vaadin.flow.component.html.Div;

/**
 * Shows HTML that the content renderer has already sanitised (module text, questions, explanations).
 * Never pass it anything else: it is inserted as markup.
 */
public class RenderedHtml extends Div {

    public RenderedHtml(String sanitisedHtml) {
        addClassName("rendered-content");
        getElement().setProperty("innerHTML", sanitisedHtml == null ? "" : sanitisedHtml);
    }
}
