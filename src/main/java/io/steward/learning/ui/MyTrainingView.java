package io.steward.learning.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.steward.base.ui.EmptyState;
import io.steward.base.ui.StewardView;
import jakarta.annotation.security.PermitAll;

@Route("training")
@Menu(title = "nav.myTraining", order = 1, icon = "vaadin:academy-cap")
@PermitAll
class MyTrainingView extends StewardView {

    MyTrainingView() {
        super("nav.myTraining");
        add(new EmptyState(getTranslation("training.empty.heading"), getTranslation("training.empty.text")));
    }
}
