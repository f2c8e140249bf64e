package io.steward.privacy.ui;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import io.steward.privacy.MyData;
import java.util.List;
import java.util.Locale;

/** "My data" as one self-contained HTML file that reads well in a browser and prints on paper. */
final class MyDataHtml {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1c2733}
            h1{margin-bottom:.25rem}section{margin:2rem 0}h2{margin-bottom:.25rem}p{margin:.25rem 0}
            .meta{color:#4b5a68}table{border-collapse:collapse;margin-top:.75rem;width:100%}
            th,td{border:1px solid #c9d2db;padding:.3rem .5rem;text-align:start;font-size:.9rem;vertical-align:top}
            th{background:#eef1f4}""";

    private MyDataHtml() {
    }

    static String render(MyData data, RecordText text, Locale locale) {
        StringBuilder html = new StringBuilder(8_192);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(htmlEscape(locale.toLanguageTag())).append("\">\n<head>")
                .append("<meta charset=\"utf-8\"><title>").append(htmlEscape(text.text("mydata.file.title")))
                .append("</title><style>").append(STYLE).append("</style></head>\n<body>\n<h1>")
                .append(htmlEscape(text.text("mydata.file.heading", data.name()))).append("</h1>\n<p class=\"meta\">")
                .append(htmlEscape(text.text("mydata.file.generated", text.generated(data.generatedAt()))))
                .append("</p>\n");
        for (MyData.Kind kind : data.kinds()) {
            html.append("<section>\n<h2>").append(htmlEscape(text.title(kind))).append("</h2>\n<p>")
                    .append(htmlEscape(text.purpose(kind))).append("</p>\n<p class=\"meta\">")
                    .append(htmlEscape(text.retention(kind))).append("</p>\n");
            if (kind.records().isEmpty()) {
                html.append("<p class=\"meta\">").append(htmlEscape(text.text("mydata.none"))).append("</p>\n");
            } else {
                table(html, kind, text);
            }
            html.append("</section>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder html, MyData.Kind kind, RecordText text) {
        html.append("<table>\n<thead><tr>");
        kind.columns().forEach(c -> html.append("<th scope=\"col\">").append(htmlEscape(text.column(kind, c)))
                .append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : kind.records()) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String value = text.value(kind, kind.columns().get(i), row.get(i));
                html.append("<td>").append(htmlEscape(value)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }
}
