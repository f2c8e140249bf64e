package io.steward.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** What a page shows when it has nothing to list yet: what this place is for and what to do next. */
public class EmptyState extends Div {

    public EmptyState(String heading, String text, Component... nextSteps) {
        addClassName("empty-state");
        add(new H2(heading), new Paragraph(text));
        if (nextSteps.length > 0) {
            Div actions = new Div(nextSteps);
            actions.addClassName("empty-state-actions");
            add(actions);
        }
    }
}
