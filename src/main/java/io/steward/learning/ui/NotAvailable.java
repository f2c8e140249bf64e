package io.steward.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;
import io.steward.base.ui.EmptyState;

/** What a learning page shows for a module, attempt or result that is not there: why, and the way back. */
final class NotAvailable {

    private NotAvailable() {
    }

    static EmptyState create(Component view) {
        RouterLink back = new RouterLink(view.getTranslation("result.backToTraining"), MyTrainingView.class);
        back.addClassName("button-link-primary");
        return new EmptyState(view.getTranslation("learn.notFound.heading"), view.getTranslation("learn.notFound.text"),
                back);
    }
}
