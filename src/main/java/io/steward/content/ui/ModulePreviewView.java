package io.steward.content.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.steward.base.Role;
import io.steward.base.ui.AttestationStatement;
import io.steward.base.ui.EmptyState;
import io.steward.base.ui.RenderedHtml;
import io.steward.base.ui.StewardView;
import io.steward.content.ContentService;
import io.steward.content.ModuleContent;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** A module page by page, as an employee will see it: introduction, each lesson, then the quiz. */
@Route("content/preview")
@RolesAllowed({Role.Names.AUTHOR, Role.Names.HR})
class ModulePreviewView extends StewardView implements HasUrlParameter<String> {

    private record Page(String heading, Supplier<Component> body) {
    }

    private final transient ContentService content;
    private final List<Page> pages = new ArrayList<>();
    private final Div page = new Div();
    private final Span position = new Span();
    private final Button previous = new Button(getTranslation("preview.previous"), VaadinIcon.ARROW_LEFT.create());
    private final Button next = new Button(getTranslation("preview.next"), VaadinIcon.ARROW_RIGHT.create());
    private String title = "";
    private int current;

    ModulePreviewView(ContentService content) {
        super("preview.title");
        this.content = content;
        previous.addClickListener(click -> turnTo(current - 1));
        next.addClickListener(click -> turnTo(current + 1));
        next.setIconAfterText(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("preview.title", title);
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        pages.clear();
        add(new RouterLink(getTranslation("preview.back"), CatalogueView.class));
        content.module(id).ifPresentOrElse(this::showModule, () -> {
            title = id;
            add(new EmptyState(getTranslation("preview.notFound.heading"), getTranslation("preview.notFound.text", id)));
        });
    }

    private void showModule(ModuleContent module) {
        title = module.title();
        add(header(module));
        if (!module.introHtml().isEmpty()) {
            pages.add(new Page(getTranslation("preview.introduction"), () -> new RenderedHtml(module.introHtml())));
        }
        module.lessons().forEach(l -> pages.add(new Page(l.title(), () -> new RenderedHtml(l.html()))));
        if (module.hasQuiz()) {
            pages.add(new Page(getTranslation("preview.quiz"), () -> new QuizPreview(module)));
        }
        page.addClassName("module-page");
        Nav pager = new Nav(previous, position, next);
        pager.addClassName("module-pager");
        pager.getElement().setAttribute("aria-label", getTranslation("preview.pages"));
        add(page, pager);
        show(0);
    }

    private Div header(ModuleContent module) {
        Div header = new Div();
        header.addClassName("module-header");
        if (module.summary() != null) {
            header.add(new Paragraph(module.summary()));
        }
        String meta = getTranslation("preview.meta", module.ref().version(), module.lessons().size(),
                module.questions().size());
        if (module.estimatedMinutes() != null) {
            meta += " \u00b7 " + getTranslation("preview.minutes", module.estimatedMinutes());
        }
        Paragraph metaLine = new Paragraph(meta);
        metaLine.addClassName("module-meta");
        header.add(metaLine);
        if (module.attestation() != null) {
            header.add(new Paragraph(getTranslation("preview.attestation")),
                    new AttestationStatement(module.attestation(), module.attestationDocument()));
        }
        return header;
    }

    private void turnTo(int index) {
        show(index);
        page.scrollIntoView();
    }

    private void show(int index) {
        current = index;
        Page shown = pages.get(index);
        page.removeAll();
        page.add(new H2(shown.heading()), shown.body().get());
        position.setText(getTranslation("preview.pageOf", index + 1, pages.size()));
        previous.setEnabled(index > 0);
        next.setEnabled(index < pages.size() - 1);
    }
}
