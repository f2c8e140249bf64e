package io.steward.content.format;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The Markdown dialect of module files: CommonMark with GFM tables and task lists (see docs/decisions). */
final class Markdown {

    static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), TaskListItemsExtension.create());

    /** With source positions, for the validator's line numbers. Parsers are immutable and thread-safe. */
    static final Parser WITH_LINES = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    static final Parser PLAIN = Parser.builder().extensions(EXTENSIONS).build();

    private Markdown() {
    }

    /**
     * The words of a node without Markdown markup, for titles, questions and options. Raw HTML stays as
     * literal text, as it does in lessons; these texts are always shown escaped.
     */
    static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text);
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static void appendText(Node node, StringBuilder text) {
        switch (node) {
            case Text t -> text.append(t.getLiteral());
            case Code c -> text.append(c.getLiteral());
            case HtmlInline h -> text.append(h.getLiteral());
            case SoftLineBreak b -> text.append(' ');
            case HardLineBreak b -> text.append(' ');
            default -> {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    appendText(child, text);
                }
            }
        }
    }
}
