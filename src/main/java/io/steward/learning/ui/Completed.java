package io.steward.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/** What a person sees once a module is complete: well done, their certificate, and the way back. */
final class Completed extends Div {

    Completed(long completionId) {
        addClassName("completed");
        Anchor certificate = new Anchor("certificates/" + completionId + ".pdf", getTranslation("result.certificate"));
        certificate.getElement().setAttribute("download", true);
        certificate.setRouterIgnore(true);
        certificate.addClassName("button-link-primary");
        add(new Paragraph(getTranslation("result.completed")), certificate,
                new RouterLink(getTranslation("result.backToTraining"), MyTrainingView.class));
    }
}
