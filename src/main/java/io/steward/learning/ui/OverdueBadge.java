package io.steward.learning.ui;

import io.steward.base.ui.MenuBadge;
import io.steward.learning.LearningService;
import org.springframework.stereotype.Component;

/** How many of my assignments are overdue, beside "My training" in the menu. */
@Component
class OverdueBadge implements MenuBadge {

    private final LearningService learning;

    OverdueBadge(LearningService learning) {
        this.learning = learning;
    }

    @Override
    public String route() {
        return "training";
    }

    @Override
    public long count() {
        return learning.myOverdueCount();
    }

    @Override
    public String labelKey() {
        return "training.badge.overdue";
    }
}
