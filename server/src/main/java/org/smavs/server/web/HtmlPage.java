package org.smavs.server.web;

/**
 * The few pages a browser (not an app) sees: plain HTML, no script and no style, so the API's strict content
 * policy applies to them too. Every text put into a page goes through {@link #escape}.
 */
public final class HtmlPage {
    private HtmlPage() {
    }

    /** A whole page; {@code bodyHtml} must already be escaped where it holds outside text. */
    public static String render(String title, String bodyHtml) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width\"><title>" + escape(title) + " – SMAVS</title></head>"
                + "<body><h1>" + escape(title) + "</h1>" + bodyHtml + "</body></html>";
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
