package org.plantrace.docgen.html;

import org.plantrace.docgen.Line;

/** The style sheet of the HTML output (with print rules for the browser). */
final class Styles {

    private Styles() {
    }

    /** Whether a line prints with a bullet: bullets, and uncoded sub-items (the bullets under a PSA). */
    static boolean bulleted(Line l) {
        return l.style() == Line.Style.BULLET
                || (l.level() > 0 && l.lead() == null && (l.style() == Line.Style.ITEM || l.style() == Line.Style.CONTEXT));
    }

    static String css() {
        return """
                body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10pt;
                       line-height: 1.3; color: #111; margin: 0 auto; max-width: 60rem; padding: 0 1rem; }
                h1 { font-size: 18pt; margin: 0.6em 0 0.4em; }
                h2 { font-size: 14pt; margin: 1.2em 0 0.4em; color: #1f3864; }
                h3 { font-size: 11.5pt; margin: 1em 0 0.3em; color: #1f3864; }
                h2, h3 { page-break-after: avoid; break-after: avoid; }
                table.wide th, table.wide td { font-size: 8.5pt; }
                dl.properties { margin: 0 0 1em; }
                dl.properties dt { font-weight: bold; float: left; clear: left; width: 9em; }
                dl.properties dd { margin: 0 0 0.1em 9.5em; }
                nav.toc ul { list-style: none; padding-left: 0; }
                nav.toc li { margin: 0.2em 0; }
                nav.toc a { color: #1f3864; text-decoration: none; }
                table.appendix { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0.4em 0 1em; }
                table.appendix th, table.appendix td { border: 0.75pt solid #7f7f7f; padding: 3pt 4pt; vertical-align: top;
                       text-align: left; }
                table.appendix thead th { background: #d9e2f3; font-weight: bold; }
                table.appendix tr.group th { background: #eef1f7; font-weight: bold; }
                table.appendix th.row-head { background: #eef1f7; font-weight: normal; }
                table.appendix p.continued { margin-top: 2pt; }
                table.appendix p { margin: 0 0 3pt 0; }
                table.appendix p:last-child { margin-bottom: 0; }
                p.l1 { margin-left: 12pt !important; }
                p.l2 { margin-left: 24pt !important; }
                p.l3, p.l4 { margin-left: 36pt !important; }
                p.marked { padding-left: 10pt; text-indent: -10pt; }
                span.marker { display: inline-block; width: 10pt; text-indent: 0; }
                span.lead { font-weight: bold; }
                figure.diagram { margin: 0.5em 0 1.5em 0; page-break-inside: avoid; break-inside: avoid; }
                figure.diagram svg { display: block; margin: 0 auto; }
                div.figure-block { page-break-inside: avoid; break-inside: avoid; }
                p.note { font-style: italic; font-size: 8.5pt; color: #444; }
                p.alert { color: #b00000; font-weight: bold; }
                .draft-banner { color: #b00000; font-weight: bold; border: 1.5pt solid #b00000; padding: 3pt 6pt;
                       text-align: center; background: #fff; }
                body.draft .draft-banner { position: sticky; top: 0; z-index: 1; }
                @media print {
                  body { max-width: none; padding: 0; }
                  @page { size: A4; margin: 18mm 14mm; }
                  section.section { break-before: page; }
                  table.appendix thead { display: table-header-group; }
                  table.appendix tr { break-inside: avoid; }
                  body.draft { padding-top: 2.2em; }
                  body.draft .draft-banner { position: fixed; top: 0; left: 0; right: 0; }
                  nav.toc a { color: #111; }
                }
                """;
    }
}
