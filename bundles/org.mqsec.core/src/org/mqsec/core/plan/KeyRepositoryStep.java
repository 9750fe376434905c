package org.mqsec.core.plan;

import java.util.List;

/**
 * A change to a key repository, which runs where the repository is (crypto's operations: create,
 * generate, sign, import...). The plan carries what it does and the runmqakm/keytool/openssl
 * commands that do the same on a server; {@code action} runs it here, and is null when the step is
 * only to be shown (a plan read from a file, or files already written).
 *
 * @param file the key repository the step changes
 */
public record KeyRepositoryStep(String description, String file, List<String> commands, LocalAction action) implements PlanStep {

    /** What runs the step here; a failure is reported with its message as the step's result. */
    @FunctionalInterface
    public interface LocalAction {
        void run() throws Exception;
    }

    public KeyRepositoryStep {
        commands = List.copyOf(commands);
    }

    @Override
    public String describe() {
        return description;
    }
}
