package org.mqsec.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * The options and operands after a subcommand. Options take {@code --name value} or
 * {@code --name=value}; flags stand alone. Unknown options are errors, not ignored.
 */
final class Arguments {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> operands = new ArrayList<>();

    static Arguments parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions) throws UsageException {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && arg.length() > 2) { //$NON-NLS-1$
                String name = arg.substring(2);
                String value = null;
                int equals = name.indexOf('=');
                if (equals >= 0) {
                    value = name.substring(equals + 1);
                    name = name.substring(0, equals);
                }
                if (flagOptions.contains(name) && value == null) {
                    parsed.flags.add(name);
                } else if (valueOptions.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException(NLS.bind(Messages.Usage_missingValue, name));
                        }
                        value = args.get(++i);
                    }
                    if (parsed.values.put(name, value) != null) {
                        throw new UsageException(NLS.bind(Messages.Usage_repeated, name));
                    }
                } else {
                    throw new UsageException(NLS.bind(Messages.Usage_unknownOption, arg));
                }
            } else {
                parsed.operands.add(arg);
            }
        }
        return parsed;
    }

    String value(String name) {
        return values.get(name);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    List<String> operands() {
        return operands;
    }

    String singleOperand(String what) throws UsageException {
        if (operands.size() != 1) {
            throw new UsageException(NLS.bind(Messages.Usage_oneOperand, what));
        }
        return operands.get(0);
    }
}
