package dev.hammerbench.junit;

import dev.hammerbench.load.EngineWarmup;
import dev.hammerbench.result.Comparison;
import dev.hammerbench.result.ServerInfo;
import dev.hammerbench.round.MeasuredRound;
import dev.hammerbench.round.RoundSettings;
import java.util.List;
import java.util.function.Consumer;

/**
 * A declared round, run the way {@link dev.hammerbench.round.HammerbenchRound} runs one without
 * JUnit: the round itself lives in {@link MeasuredRound}; only the harness warm-up is the extension's.
 */
final class HammerRound {

    private HammerRound() {
    }

    static Comparison run(String title, HammerDeclaration declaration, List<ServerInfo> servers,
            Consumer<String> progress) {
        RoundSettings settings = new RoundSettings(declaration.plan(), declaration.rounds(), declaration.parallel(),
                declaration.settle());
        // before the clock starts: warming the harness is not part of anyone's round
        return MeasuredRound.run(title, settings, servers, progress,
                () -> EngineWarmup.once(declaration.plan(), declaration.harnessWarmup(), progress,
                        MeasuredRound::warmupSlice));
    }
}
