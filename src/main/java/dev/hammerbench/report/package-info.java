/**
 * Renders a {@link dev.hammerbench.result.Comparison}: aligned text tables for consoles and report
 * entries ({@link dev.hammerbench.report.TextReport}), and report.md, results.csv, results.json and
 * report.html with inline SVG charts ({@link dev.hammerbench.report.ReportFiles}), plus an index
 * of every report of a run ({@link dev.hammerbench.report.ReportIndex}). Internal: the extension
 * calls it; users read its output, not its API.
 *
 * <p>Every format is one package-private {@code ReportFormat}; the three public classes are the
 * only entry points. Nothing here measures or changes a result: a figure a record does not hold
 * is shown as "-" (text, Markdown, HTML), an empty cell (CSV) or {@code null} (JSON).
 */
package dev.hammerbench.report;
