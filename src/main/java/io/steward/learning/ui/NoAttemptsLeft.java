package io.steward.learning.ui;

import com.vaadin.flow.component.Component;
import io.steward.directory.DirectoryService;

/** What to tell someone who has used all their attempts: whom to ask, by name where we know the manager. */
final class NoAttemptsLeft {

    private NoAttemptsLeft() {
    }

    static String message(Component view, DirectoryService directory) {
        return directory.myManagerName().map(manager -> view.getTranslation("quiz.exhausted.askManager", manager))
                .orElseGet(() -> view.getTranslation("quiz.exhausted.text"));
    }
}
