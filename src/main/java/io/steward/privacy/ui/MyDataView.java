package io.steward.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.steward.base.ui.ScrollRegion;
import io.steward.base.ui.StewardView;
import io.steward.content.ContentService;
import io.steward.content.ModuleSummary;
import io.steward.privacy.MyData;
import io.steward.privacy.MyDataService;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything Steward holds about the signed-in person, kind by kind, with why it is kept and for how long, and
 * the same as a download (JSON for machines, HTML for people).
 */
@Route("my-data")
@Menu(title = "nav.myData", order = 1.7, icon = "vaadin:file-text-o")
@PermitAll
class MyDataView extends StewardView {

    private final transient MyDataService myData;
    private final transient ContentService content;

    MyDataView(MyDataService myData, ContentService content) {
        super("nav.myData");
        this.myData = myData;
        this.content = content;
        addClassName("my-data-view");
        RecordText text = text();
        MyData data = myData.myData();

        Div intro = new Div(new Paragraph(getTranslation("mydata.intro")), downloads());
        intro.addClassName("my-data-intro");
        add(intro);
        for (MyData.Kind kind : data.kinds()) {
            add(section(kind, text));
        }
    }

    private RecordText text() {
        Map<String, String> titles = content.servedModules().stream()
                .collect(Collectors.toMap(ModuleSummary::id, ModuleSummary::title, (a, b) -> a));
        return new RecordText(this::getTranslation, getLocale(), id -> titles.getOrDefault(id, id));
    }

    private Div downloads() {
        Anchor json = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = myData.myDataAsJson();
            return new DownloadResponse(new ByteArrayInputStream(file), "steward-my-data.json", "application/json",
                    file.length);
        }), getTranslation("mydata.download.json"));
        Anchor html = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = MyDataHtml.render(myData.myData(), text(), getLocale()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(file), "steward-my-data.html",
                    "text/html;charset=UTF-8", file.length);
        }), getTranslation("mydata.download.html"));
        json.addClassName("button-link-primary");
        html.addClassName("button-link");
        Div links = new Div(json, html);
        links.addClassName("export-links");
        return links;
    }

    private Section section(MyData.Kind kind, RecordText text) {
        H2 title = new H2(text.title(kind));
        Span count = new Span(getTranslation("mydata.count", kind.records().size()));
        count.addClassName("state-badge");
        Div header = new Div(title, count);
        header.addClassName("module-card-header");
        Paragraph purpose = new Paragraph(text.purpose(kind));
        Paragraph retention = new Paragraph(text.retention(kind));
        retention.addClassName("my-data-retention");
        Section section = new Section(header, purpose, retention);
        section.addClassName("my-data-kind");
        section.getElement().setAttribute("aria-label", text.title(kind));
        if (kind.records().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("mydata.none"));
            none.addClassName("my-data-none");
            section.add(none);
        } else {
            section.add(table(kind, text));
        }
        return section;
    }

    private ScrollRegion table(MyData.Kind kind, RecordText text) {
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headings = new NativeTableRow();
        kind.columns().forEach(c -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(text.column(kind, c));
            cell.getElement().setAttribute("scope", "col");
            headings.add(cell);
        });
        head.add(headings);
        NativeTableBody body = new NativeTableBody();
        for (List<String> record : kind.records()) {
            NativeTableRow row = new NativeTableRow();
            for (int i = 0; i < record.size(); i++) {
                row.add(new NativeTableCell(text.value(kind, kind.columns().get(i), record.get(i))));
            }
            body.add(row);
        }
        NativeTable table = new NativeTable(head, body);
        table.addClassName("report-table");
        table.getElement().setAttribute("aria-label", text.title(kind));
        // It scrolls when the records are many: a region of its own, so that a keyboard can scroll it too.
        ScrollRegion scroller = new ScrollRegion(text.title(kind), table);
        scroller.addClassName("my-data-table");
        return scroller;
    }
}
