package io.steward.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * Something wide (a table, a chart) that scrolls sideways on its own on a narrow screen, instead of pushing the
 * whole page sideways. It is a named region in the tab order, so that keyboard users can scroll it with the arrow
 * keys and screen readers announce what it holds (the pattern of WCAG technique G206 and axe's
 * scrollable-region-focusable rule).
 */
public class ScrollRegion extends Div {

    /** The attributes of the wrapper, for HTML that is written as text ({@link RenderedHtml}). */
    static final String ATTRIBUTES = "class=\"scroll-region\" role=\"region\" tabindex=\"0\" aria-label=\"%s\"";

    public ScrollRegion(String name, Component... content) {
        super(content);
        addClassName("scroll-region");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-label", name);
    }
}
