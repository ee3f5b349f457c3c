package dev.hammerbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class HtmlReportTest {

    private final HtmlReport html = new HtmlReport(SampleComparisons.HARNESS);

    @Test
    void hostileStringsAreEscapedEverywhere() {
        String page = html.render(SampleComparisons.hostileRound());

        assertThat(page.toLowerCase()).doesNotContain("<script", "<b>bold");
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; 1.0 &quot;beta&quot;, &#39;rc&#39;",
                "<title>Hammerbench: Hostile &quot;names&quot;, &lt;tags&gt; &amp; commas,\nnewlines</title>",
                "&lt;b&gt;bold&lt;/b&gt;", "/x?a=1&amp;b=&#39;2&#39;");
    }

    @Test
    void pageLoadsNothingFromOutside() {
        for (String page : List.of(html.render(SampleComparisons.seedRound()),
                html.render(SampleComparisons.hostileRound()))) {
            assertThat(page).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                    + "style-src 'unsafe-inline'\">");
            assertThat(page).doesNotContainPattern("(?i)\\s(src|href|srcset|action|xlink:href)\\s*=")
                    .doesNotContainPattern("(?i)<(link|script|iframe|img|object|embed)\\b")
                    .doesNotContain("@import", "url(");
            // The only URL inside markup is the SVG namespace, which is a name, not a fetch.
            // (isNotEmpty: a page without its charts must not pass this vacuously)
            Matcher urls = Pattern.compile("=\"[a-z]+://[^\"]*\"").matcher(page);
            List<String> found = new ArrayList<>();
            while (urls.find()) {
                found.add(urls.group());
            }
            assertThat(found).isNotEmpty().containsOnly("=\"http://www.w3.org/2000/svg\"");
        }
    }

    @Test
    void seedRoundHasFourChartsAndEachIsWellFormedSvg() throws Exception {
        String page = html.render(SampleComparisons.seedRound());
        List<String> svgs = svgs(page);

        assertThat(svgs).hasSize(4);
        for (String svg : svgs) {
            Document document = parseXml(svg);
            assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(svg).doesNotContain("NaN", "Infinity", "width=\"-", "height=\"-");
        }
        // Every server appears as a line in both line charts and as a bar group in both bar charts.
        assertThat(svgs.get(1).split("<polyline", -1)).hasSize(1 + 5);
        assertThat(svgs.get(3).split("<polyline", -1)).hasSize(1 + 5);
    }

    @Test
    void hostileRoundChartsAreWellFormedSvg() throws Exception {
        List<String> svgs = svgs(html.render(SampleComparisons.hostileRound()));

        assertThat(svgs).as("charts of the hostile round").hasSize(4);
        for (String svg : svgs) {
            parseXml(svg);
        }
    }

    @Test
    void failedAndExternalServersAreNamedInsteadOfDrawnAsZero() {
        String page = html.render(SampleComparisons.failedRound());
        List<String> svgs = svgs(page);

        assertThat(page).contains("<p class=\"note\">crashy: no response, no latency</p>",
                "<p class=\"note\">nginx: not launched here, memory unknown</p>");
        assertThat(svgs.get(1).split("<polyline", -1)).as("latency lines: jetty and nginx").hasSize(1 + 2);
        assertThat(svgs.get(0)).as("throughput bars").contains(">0 (no successes)</text>");
        assertThat(svgs.get(2)).contains("<title>jetty 12.0.15 RSS after: 101.0</title>").doesNotContain("nginx");
    }

    @Test
    void escapeCoversEveryCharacterThatEndsTextOrAttributes() {
        assertThat(Html.escape("<a href='x' title=\"y\">&</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&lt;/a&gt;");
        assertThat(Html.escape("bell\u0007")).isEqualTo("bell\uFFFD");
        assertThat(Html.escape(null)).isEmpty();
    }

    static List<String> svgs(String page) {
        List<String> svgs = new ArrayList<>();
        Matcher matcher = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(page);
        while (matcher.find()) {
            svgs.add(matcher.group());
        }
        return svgs;
    }

    /** Strict XML: an unescaped '<' or '&' from a name would make it fail. */
    private static Document parseXml(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(svg)));
    }
}
