package org.mqsec.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.core.internal.PlanMessages;
import org.mqsec.core.mqsc.MqField;
import org.mqsec.core.mqsc.MqObjectType;
import org.mqsec.core.mqsc.MqSchema;
import org.mqsec.core.mqsc.MqscCommand;
import org.mqsec.core.mqsc.MqscReader;

/**
 * A queue manager's security state from text, so that everything works offline: a {@code dmpmqcfg
 * -a} dump (ALTER QMGR, DEFINE CHANNEL, DEFINE AUTHINFO, SET CHLAUTH, SET POLICY, and the header
 * comments that name the queue manager and its platform) or runmqsc DISPLAY output (QMGR, CHANNEL,
 * CHSTATUS, CHLAUTH, AUTHINFO, POLICY records, told apart by their message lines). Attributes the
 * schema does not model are skipped; what cannot be read is a problem with its line.
 */
public final class QueueManagerStateReader {

    /** Finding code for input that could not be read. */
    public static final String UNREADABLE = "STATE_UNREADABLE"; //$NON-NLS-1$

    private static final Pattern NAME = Pattern.compile("^\\*\\s*Queue manager name:\\s*(\\S+)", Pattern.MULTILINE); //$NON-NLS-1$
    private static final Pattern PLATFORM = Pattern.compile("^\\*\\s*Queue manager platform:\\s*(\\S+)", Pattern.MULTILINE); //$NON-NLS-1$
    private static final Pattern LEVEL = Pattern.compile("^\\*\\s*Queue manager command level:\\s*\\(?(\\d+)", Pattern.MULTILINE); //$NON-NLS-1$

    private QueueManagerStateReader() {
    }

    public static QueueManagerState read(String text, String source) {
        Builder builder = new Builder();
        if (text.lines().anyMatch(line -> line.matches("\\s*AMQ\\d{4}[A-Z]:.*"))) { //$NON-NLS-1$
            List<String> problems = new ArrayList<>();
            for (MqscReader.DisplayRecord record : MqscReader.readDisplayRecords(text, problems)) {
                builder.display(record);
            }
            problems.forEach(builder::problem);
        } else {
            MqscReader.Result script = MqscReader.readScript(text);
            script.problems().forEach(builder::problem);
            script.commands().forEach(builder::script);
            header(NAME, text).ifPresent(name -> builder.qmgrName = name);
            header(PLATFORM, text).ifPresent(platform -> builder.qmgr.put("PLATFORM", List.of(platform.toUpperCase(Locale.ROOT)))); //$NON-NLS-1$
            header(LEVEL, text).ifPresent(level -> builder.qmgr.put("CMDLEVEL", List.of(level))); //$NON-NLS-1$
        }
        return builder.build(source);
    }

    private static java.util.Optional<String> header(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }

    /** The attributes of {@code command} the schema has for {@code type}, values as MQSC writes them. */
    static Map<String, List<String>> modelled(MqObjectType type, MqscCommand command) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        command.parameters().forEach((keyword, values) -> {
            if (type == MqObjectType.POLICY && (keyword.equals("ENFORCE") || keyword.equals("TOLERATE")) && values.isEmpty()) { //$NON-NLS-1$ //$NON-NLS-2$
                attributes.put("ENFORCE", List.of(keyword)); //$NON-NLS-1$
                return;
            }
            MqField field = MqSchema.field(type, keyword).orElse(null);
            if (field == null) {
                return;
            }
            List<String> kept = new ArrayList<>();
            for (String value : values) {
                String v = field.bare() ? value.strip().toUpperCase(Locale.ROOT) : value.stripTrailing();
                if (field.kind() == MqField.Kind.STRING_LIST || field.kind() == MqField.Kind.WORD_LIST) {
                    for (String part : v.split(",")) { //$NON-NLS-1$
                        if (!part.isBlank()) {
                            kept.add(part.strip());
                        }
                    }
                } else if (!v.isBlank()) {
                    kept.add(v);
                }
            }
            attributes.put(field.keyword(), kept);
        });
        return attributes;
    }

    private static final class Builder {
        String qmgrName = ""; //$NON-NLS-1$
        final Map<String, List<String>> qmgr = new LinkedHashMap<>();
        final List<MqObject> channels = new ArrayList<>();
        final List<ChlauthRecord> chlauth = new ArrayList<>();
        final List<MqObject> authinfos = new ArrayList<>();
        final List<MqObject> policies = new ArrayList<>();
        final List<MqObject> status = new ArrayList<>();
        final List<Finding> problems = new ArrayList<>();

        void problem(String text) {
            problems.add(Finding.error(UNREADABLE, "", text, PlanMessages.State_unreadableFix)); //$NON-NLS-1$
        }

        void script(MqscCommand command) {
            String object = command.objectType();
            switch (object) {
                case "QMGR" -> { //$NON-NLS-1$
                    if (command.verb().startsWith("ALTER")) { //$NON-NLS-1$
                        qmgr.putAll(modelled(MqObjectType.QMGR, command));
                    }
                }
                case "CHANNEL" -> channels.add(new MqObject(MqObjectType.CHANNEL, command.name(), modelled(MqObjectType.CHANNEL, command))); //$NON-NLS-1$
                case "AUTHINFO" -> authinfos.add(new MqObject(MqObjectType.AUTHINFO, command.name(), modelled(MqObjectType.AUTHINFO, command))); //$NON-NLS-1$
                case "POLICY" -> policies.add(new MqObject(MqObjectType.POLICY, command.name(), modelled(MqObjectType.POLICY, command))); //$NON-NLS-1$
                case "CHLAUTH" -> chlauth(command); //$NON-NLS-1$
                default -> {
                    // queues, topics, listeners...: not security state
                }
            }
        }

        void display(MqscReader.DisplayRecord record) {
            String header = record.header().toLowerCase(Locale.ROOT);
            MqscCommand command = record.command();
            // the command's "object" is the record's first keyword and its "name" that keyword's value
            Map<String, List<String>> parameters = new LinkedHashMap<>();
            parameters.put(command.objectType(), List.of(command.name()));
            parameters.putAll(command.parameters());
            MqscCommand all = new MqscCommand("DISPLAY", command.objectType(), command.name(), parameters, command.line()); //$NON-NLS-1$
            if (header.contains("queue manager details")) { //$NON-NLS-1$
                qmgrName = command.name();
                qmgr.putAll(modelled(MqObjectType.QMGR, all));
            } else if (header.contains("channel status details")) { //$NON-NLS-1$
                status.add(new MqObject(MqObjectType.CHSTATUS, command.name(), modelled(MqObjectType.CHSTATUS, all)));
            } else if (header.contains("channel authentication record")) { //$NON-NLS-1$
                chlauth(new MqscCommand("SET", "CHLAUTH", command.name(), command.parameters(), command.line())); //$NON-NLS-1$ //$NON-NLS-2$
            } else if (header.contains("channel details")) { //$NON-NLS-1$
                channels.add(new MqObject(MqObjectType.CHANNEL, command.name(), modelled(MqObjectType.CHANNEL, all)));
            } else if (header.contains("authentication information")) { //$NON-NLS-1$
                authinfos.add(new MqObject(MqObjectType.AUTHINFO, command.name(), modelled(MqObjectType.AUTHINFO, all)));
            } else if (header.contains("policy")) { //$NON-NLS-1$
                policies.add(new MqObject(MqObjectType.POLICY, command.name(), modelled(MqObjectType.POLICY, all)));
            }
        }

        void chlauth(MqscCommand command) {
            ChlauthRecord.Parsed parsed = ChlauthRecord.from(command);
            if (parsed.record() != null) {
                chlauth.add(parsed.record());
            }
            parsed.findings().stream().filter(f -> f.severity() == Severity.ERROR && parsed.record() == null)
                    .forEach(f -> problems.add(Finding.error(UNREADABLE, "CHLAUTH", f.message(), f.fix()))); //$NON-NLS-1$
        }

        QueueManagerState build(String source) {
            return new QueueManagerState(source, new MqObject(MqObjectType.QMGR, qmgrName, qmgr), channels, chlauth, authinfos, policies,
                    status, problems);
        }
    }
}
