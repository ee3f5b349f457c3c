/**
 * The user's entry points: {@link dev.hammerbench.junit.LaunchServer}, {@link dev.hammerbench.junit.Hammer}
 * and {@link dev.hammerbench.junit.Server}, and the one package-private extension behind them. The
 * extension only parses, validates and delegates: processes are the {@code server} package's, load
 * the {@code load} package's, figures the {@code measure} package's, tables the {@code report}
 * package's. Its state lives in the extension context stores, never in fields.
 */
package dev.hammerbench.junit;
