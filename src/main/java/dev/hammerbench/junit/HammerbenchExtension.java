package dev.hammerbench.junit;

import org.junit.jupiter.api.extension.Extension;

/** Placeholder until the launch and round lifecycle lands. */
class HammerbenchExtension implements Extension {
}
