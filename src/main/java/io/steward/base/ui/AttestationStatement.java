package io.steward.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The statement a person agrees to, and a link to the document it is about when the module names one
 * ({@code attestation-document}), so that nobody attests to a document they were not shown.
 */
public class AttestationStatement extends Div {

    public AttestationStatement(String statement, String document) {
        addClassName("attestation-statement");
        add(new Paragraph(statement));
        if (document != null) {
            Anchor link = new Anchor(document, getTranslation("attestation.document"));
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            add(new Paragraph(link));
        }
    }
}
