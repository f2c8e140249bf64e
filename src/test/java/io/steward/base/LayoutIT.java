package io.steward.base;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.steward.demo.DemoOrganisation;
import io.steward.support.BrowserTest;
import io.steward.support.PageChecks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pages measured by machine rather than by eye: nothing pushes the page sideways on a laptop (1280 px) or a
 * phone (390 px), wide tables and charts scroll in their own region with readable labels, the audit trail fits
 * a 1400-pixel screen, field and checkbox edges have 3:1 contrast, links in running text are underlined, and
 * texts read as sentences. Each page is also photographed at both widths.
 */
class LayoutIT extends BrowserTest {

    private static final int LAPTOP = PageChecks.LAPTOP;
    private static final int PHONE = PageChecks.PHONE;

    /**
     * Scrolls the page (the box the view scrolls in, or else the document) to {@code top} and answers the height
     * of all there is to scroll, so that screenshots one screen apart show the whole page as a person sees it.
     */
    private static final String SCROLL_TO = """
            top => {
              const view = document.querySelector('.steward-view') || document.body;
              let scroller = document.scrollingElement;
              for (let el = view; el; el = el.assignedSlot || el.parentElement || el.getRootNode().host) {
                const overflow = getComputedStyle(el).overflowY;
                if ((overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight) {
                  scroller = el;
                  break;
                }
              }
              scroller.scrollTop = top;
              return scroller.scrollHeight;
            }""";

    /**
     * Links that sit inside a sentence (their paragraph or list item has text besides the link) and are told
     * apart from it by colour alone.
     */
    private static final String LINKS_IN_SENTENCES = """
            () => Array.from(document.querySelectorAll('a[href]'))
                .filter(a => a.offsetParent !== null)
                .filter(a => {
                  const block = a.closest('p, li');
                  return block && block.textContent.trim().length > a.textContent.trim().length;
                })
                .map(a => ({ text: a.textContent.trim(),
                             underlined: getComputedStyle(a).textDecorationLine.includes('underline') }))""";

    /**
     * The charts' text size on screen: the SVG's font size scaled by how much narrower the picture is drawn than
     * its own width.
     */
    private static final String CHART_TEXT_PIXELS = """
            () => Array.from(document.querySelectorAll('.completion-chart img')).map(img => {
              const svg = atob(img.src.split(',')[1]);
              const size = Number(/font-size="(\\d+)"/.exec(svg)[1]);
              return size * img.getBoundingClientRect().width / img.naturalWidth;
            })""";

    /**
     * The contrast of an input's edge with the page behind it. The edge is Lumo's inset box-shadow, drawn over
     * the input's own fill; the page is the first opaque background among its ancestors (across shadow roots).
     */
    private static final String EDGE_CONTRAST = """
            edge => {
              const rgba = text => {
                const m = /rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?\\)/.exec(text);
                return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
              };
              const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
              const luminance = c => {
                const [r, g, b] = c.slice(0, 3).map(v => v / 255)
                    .map(v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
              };
              let page = null;
              for (let node = edge.parentNode; node && !page; node = node.parentNode || node.host) {
                if (node.nodeType !== 1) continue;
                const background = rgba(getComputedStyle(node).backgroundColor);
                if (background && background[3] === 1) page = background;
              }
              page = page || [255, 255, 255, 1];
              const style = getComputedStyle(edge);
              const fill = over(rgba(style.backgroundColor) || [0, 0, 0, 0], page);
              const shadow = /^(rgba?\\([^)]*\\)) 0px 0px 0px ([\\d.]+)px inset$/.exec(style.boxShadow);
              if (!shadow || Number(shadow[2]) === 0) {
                return 1;
              }
              const border = over(rgba(shadow[1]), fill);
              const [light, dark] = [luminance(border), luminance(page)].sort((a, b) => b - a);
              return (light + 0.05) / (dark + 0.05);
            }""";

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void an_employees_pages_fit_a_laptop_and_a_phone() {
        signInAs(DemoOrganisation.EMPLOYEE);
        page.navigate(url("training"));
        assertThat(page.locator(".module-card").first()).isVisible();
        Map<?, ?> card = (Map<?, ?>) page.evaluate("""
                () => {
                  const card = document.querySelector('.module-card');
                  const title = card.querySelector('h3').getBoundingClientRect();
                  const badge = card.querySelector('.state-badge').getBoundingClientRect();
                  const button = card.querySelector('.module-actions > *').getBoundingClientRect();
                  return {titleBelowBadge: title.top - badge.top, buttonShare: button.width / card.clientWidth};
                }""");
        assertThat(((Number) card.get("titleBelowBadge")).doubleValue()).as("card title below its badge (px)")
                .isLessThan(6);
        assertThat(((Number) card.get("buttonShare")).doubleValue()).as("share of the card the Start button takes")
                .isLessThan(0.6);
        fits("training");

        page.navigate(url("learn/customer-data-acceptable-use/1")); // its first lesson links the policy in a sentence
        assertThat(page.getByText("Lesson 1 of").first()).isVisible();
        waitUntilSettled(page);
        assertThat(linksInSentences()).as("links in sentences, for the check to see").isNotEmpty();
        fits("lesson-with-links");

        page.navigate(url("learn/transparency/1"));
        Locator table = page.getByRole(AriaRole.REGION, named("Table")).first();
        assertThat(table.getByRole(AriaRole.TABLE)).isVisible();
        fits("lesson-with-table");

        page.getByRole(AriaRole.LINK, named("My reminders")).click();
        assertThat(page.locator("#reminder-kinds")).containsText("Before a due date: 7 days and 1 day before.");
        assertThat(page.locator(".steward-view")).containsText("Deleted 12 months after the e-mail was sent.");
        assertThat(page.locator(".steward-view")).not().containsText("{");
        assertNoSeriousAccessibilityViolations();
        fits("my-reminders");
    }

    @Test
    void a_managers_charts_stay_readable_on_a_phone() {
        signInAs(DemoOrganisation.MANAGER);
        page.navigate(url("team"));
        assertThat(page.getByRole(AriaRole.REGION, named("Completion by module"))).isVisible();
        fits("team");
        page.setViewportSize(PHONE, 844);
        assertThat(chartTextPixels()).as("chart text on a phone (px)").isNotEmpty().allMatch(px -> px >= 11);
        Locator chart = page.getByRole(AriaRole.REGION, named("Completion by module"));
        assertThat(((Number) chart.evaluate("region => region.scrollWidth - region.clientWidth")).intValue())
                .as("the chart is wider than a phone, so its region scrolls").isPositive();
        chart.focus();
        page.keyboard().press("ArrowRight");
        page.waitForFunction("region => region.scrollLeft > 0", chart.elementHandle());
        page.setViewportSize(LAPTOP, 800);
    }

    @Test
    void hr_pages_fit_and_an_empty_delivery_log_says_why() {
        signInAs(DemoOrganisation.HR);
        page.navigate(url("compliance"));
        assertThat(page.getByRole(AriaRole.TABLE, named("Completion by department and module"))).isVisible();
        fits("compliance");
        page.setViewportSize(PHONE, 844);
        assertThat(chartTextPixels()).as("chart text on a phone (px)").isNotEmpty().allMatch(px -> px >= 11);
        page.setViewportSize(LAPTOP, 800);

        page.navigate(url("content"));
        assertThat(page.locator(".module-actions").first()).isVisible();
        assertThat((List<?>) page.evaluate("""
                () => Array.from(document.querySelectorAll('.module-actions'))
                    .filter(cell => cell.children.length > 1)
                    .filter(cell => cell.children[1].getBoundingClientRect().top
                        > cell.children[0].getBoundingClientRect().top + 4
                        || cell.children[1].getBoundingClientRect().right
                        > cell.closest('vaadin-grid').getBoundingClientRect().right)
                    .map(cell => cell.textContent)""")).as("Preview and Analysis stacked, or cut off by the grid")
                .isEmpty();
        fits("content");

        page.navigate(url("notifications"));
        page.getByRole(AriaRole.COMBOBOX, named("Status")).click();
        page.getByRole(AriaRole.LISTBOX, named("Status")).getByRole(AriaRole.OPTION,
                new Locator.GetByRoleOptions().setName("Sending").setExact(true)).click();
        assertThat(page.getByText("No e-mails with this status and kind.")).isVisible();
        assertNoSeriousAccessibilityViolations();
        fits("delivery-log-empty");
    }

    @Test
    void field_and_checkbox_edges_stand_out_from_the_page_by_3_to_1() {
        signInAs(DemoOrganisation.HR);
        page.navigate(url("api-tokens"));
        Locator field = page.locator("vaadin-text-field").first();
        Locator checkbox = page.locator("vaadin-checkbox:not([checked])").first();
        assertThat(field).isVisible();
        assertThat(checkbox).isVisible();
        double fieldContrast = edgeContrast(field.locator("vaadin-input-container"));
        double checkboxContrast = edgeContrast(checkbox.locator("[part=checkbox]"));
        System.out.printf("Edge contrast: text field %.2f:1, checkbox %.2f:1%n", fieldContrast, checkboxContrast);
        assertThat(fieldContrast).as("text field edge contrast").isGreaterThanOrEqualTo(3.0);
        assertThat(checkboxContrast).as("checkbox edge contrast").isGreaterThanOrEqualTo(3.0);
        screenshot("LayoutIT-fields");
    }

    @Test
    void the_audit_trail_shows_every_column_on_a_1400_pixel_screen() {
        page.setViewportSize(1400, 900);
        signInAs(DemoOrganisation.AUDITOR);
        page.navigate(url("audit"));
        Locator grid = page.getByRole(AriaRole.TREEGRID, named("Audit entries, newest first"));
        assertThat(grid.getByRole(AriaRole.GRIDCELL).first()).isVisible();
        double right = grid.boundingBox().x + grid.boundingBox().width;
        List<String> headers = List.of("Entry", "Time (UTC)", "Actor", "Action", "Subject", "Outcome", "Detail");
        for (String header : headers) {
            Locator column = grid.getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions().setName(header)
                    .setExact(true));
            assertThat(column).isVisible();
            var box = column.boundingBox();
            assertThat(box.x + box.width).as("right edge of the column " + header).isLessThanOrEqualTo(right + 1);
        }
        assertNoSeriousAccessibilityViolations();
        screenshot("LayoutIT-audit-1400");
        fits("audit");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> linksInSentences() {
        return (List<Map<String, Object>>) page.evaluate(LINKS_IN_SENTENCES);
    }

    /**
     * The page's checks (among them: nothing reaches beyond the window at a laptop's or a phone's width), and at
     * both widths: no link in a sentence is told apart by colour alone; screenshots one screen apart.
     */
    private void fits(String name) {
        checkPage();
        for (int width : List.of(LAPTOP, PHONE)) {
            page.setViewportSize(width, width == PHONE ? 844 : 800);
            waitUntilSettled(page);
            assertThat(linksInSentences().stream().filter(link -> !Boolean.TRUE.equals(link.get("underlined")))
                    .map(link -> link.get("text")).toList()).as("links in running text on " + name
                    + " without underline").isEmpty();
            int screen = width == PHONE ? 844 : 800;
            int height = ((Number) page.evaluate(SCROLL_TO, 0)).intValue();
            for (int top = 0, part = 1; top < height && part <= 8; top += screen - 60, part++) {
                page.evaluate(SCROLL_TO, top);
                waitUntilSettled(page);
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve("LayoutIT-" + name + "-" + width + "-" + part + ".png")));
            }
            page.evaluate(SCROLL_TO, 0);
        }
        page.setViewportSize(LAPTOP, 800);
    }

    @SuppressWarnings("unchecked")
    private List<Double> chartTextPixels() {
        waitUntilSettled(page);
        return ((List<Number>) page.evaluate(CHART_TEXT_PIXELS)).stream().map(Number::doubleValue).toList();
    }

    private double edgeContrast(Locator edge) {
        return ((Number) edge.evaluate(EDGE_CONTRAST)).doubleValue();
    }
}
