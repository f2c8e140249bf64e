package io.steward.base.ui;

import com.vaadin.flow.component.html.Div;
import org.springframework.web.util.HtmlUtils;

/**
 * Shows HTML that the content renderer has already sanitised (module text, questions, explanations).
 * Never pass it anything else: it is inserted as markup. Each table goes into a {@link ScrollRegion}, so that a
 * wide one scrolls on its own on a phone instead of pushing the page sideways.
 */
public class RenderedHtml extends Div {

    public RenderedHtml(String sanitisedHtml) {
        addClassName("rendered-content");
        getElement().setProperty("innerHTML", sanitisedHtml == null ? "" : scrolling(sanitisedHtml));
    }

    /**
     * The sanitiser writes every table as a bare {@code <table>} (it allows no attributes on it), and text that
     * looks like a tag as {@code &lt;table&gt;}, so these are exactly the tables.
     */
    private String scrolling(String html) {
        String region = "<div " + ScrollRegion.ATTRIBUTES.formatted(HtmlUtils.htmlEscape(
                getTranslation("html.table"), "UTF-8")) + ">";
        return html.replace("<table>", region + "<table>").replace("</table>", "</table></div>");
    }
}
