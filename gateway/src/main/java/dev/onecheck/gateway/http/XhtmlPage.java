package dev.onecheck.gateway.http;

import org.springframework.web.util.HtmlUtils;

/**
 * The public pages (验码, 一业一册) as well-formed XHTML, so the same page renders in a browser and to PDF. Every
 * value from the graph goes through {@link #text}; markup is only ever the page's own.
 */
public final class XhtmlPage {

    /** The family the PDF renderer registers the Chinese font under. */
    public static final String FONT_FAMILY = "OneCheck CJK";

    private static final String STYLE = """
            body { font-family: '%s', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif; margin: 2em; line-height: 1.6; color: #222; }
            h1 { font-size: 1.6em; border-bottom: 2px solid #b71c1c; padding-bottom: .3em; }
            h2 { font-size: 1.25em; margin-top: 1.6em; color: #b71c1c; }
            h3 { font-size: 1.05em; margin-bottom: .2em; }
            table { border-collapse: collapse; width: 100%%; margin: .5em 0; }
            th, td { border: 1px solid #ccc; padding: .3em .5em; text-align: left; vertical-align: top; }
            th { background: #f5f5f5; width: 22%%; }
            .article { white-space: pre-wrap; margin: .2em 0 .6em 1em; color: #444; }
            .status { font-size: 1.3em; font-weight: bold; padding: .4em .8em; }
            .ok { background: #e8f5e9; color: #1b5e20; } .bad { background: #ffebee; color: #b71c1c; }
            .muted { color: #777; font-size: .9em; }
            """.formatted(FONT_FAMILY);

    private XhtmlPage() {
    }

    public static String page(String title, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
                <head><meta charset="UTF-8"/><title>%s</title><style>%s</style></head>
                <body>
                %s
                </body>
                </html>
                """.formatted(text(title), STYLE, body);
    }

    /** Escaped text; null prints as nothing. */
    public static String text(Object value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value.toString(), "UTF-8");
    }

    /** A table row: header and escaped value. */
    public static String row(String header, Object value) {
        return "<tr><th>" + text(header) + "</th><td>" + text(value) + "</td></tr>";
    }
}
