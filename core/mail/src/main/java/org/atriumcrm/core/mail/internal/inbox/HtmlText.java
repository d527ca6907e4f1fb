package org.atriumcrm.core.mail.internal.inbox;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text a reader sees in an HTML e-mail: parsed by jsoup (nothing in it is run or fetched), scripts,
 * styles and heads left out, a line break for every block and {@code <br>}, links shown with their address.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String of(String html) {
        Document document = Jsoup.parse(html == null ? "" : html);
        document.select("script, style, head, title, noscript, template, object, embed, iframe").remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element && (element.isBlock() || element.normalName().equals("br"))) {
                    newLine(text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String href = element.normalName().equals("a") ? element.attr("href").strip() : "";
                    if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:")) {
                        if (!element.text().strip().equals(href)) {
                            text.append(" (").append(href).append(')');
                        }
                    }
                    if (element.isBlock()) {
                        newLine(text);
                    }
                }
            }
        }, document.body());
        return tidy(text.toString());
    }

    private static void newLine(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    /** Spaces inside lines folded, lines stripped, at most one empty line in a row. */
    static String tidy(String text) {
        StringBuilder tidy = new StringBuilder();
        int empty = 0;
        for (String line : text.replace("\u00a0", " ").split("\r?\n", -1)) {
            String stripped = line.replaceAll("[ \\t]+", " ").strip();
            if (stripped.isEmpty()) {
                if (++empty > 1 || tidy.isEmpty()) {
                    continue;
                }
            } else {
                empty = 0;
            }
            tidy.append(stripped).append('\n');
        }
        return tidy.toString().strip();
    }
}
