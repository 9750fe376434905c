package org.mqsec.core.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.PlanMessages;
import org.mqsec.core.mqsc.MqField;
import org.mqsec.core.mqsc.MqObjectType;
import org.mqsec.core.mqsc.MqSchema;
import org.mqsec.core.mqsc.MqscCommand;
import org.mqsec.core.tls.QueueManagerPlatform;

/**
 * Attribute maps of plans and read objects (MQSC keyword to values), checked and written through
 * {@link MqSchema}: one table decides what a value may be, how MQSC writes it and which PCF parameter
 * carries it.
 */
public final class Attributes {

    /** Finding codes. */
    public static final String UNKNOWN = "PLAN_UNKNOWN_ATTRIBUTE"; //$NON-NLS-1$
    public static final String READ_ONLY = "PLAN_READ_ONLY_ATTRIBUTE"; //$NON-NLS-1$
    public static final String BAD_WORD = "PLAN_BAD_VALUE"; //$NON-NLS-1$
    public static final String BAD_NUMBER = "PLAN_BAD_NUMBER"; //$NON-NLS-1$
    public static final String ONE_VALUE = "PLAN_ONE_VALUE_ONLY"; //$NON-NLS-1$

    private Attributes() {
    }

    /** An unmodifiable copy with upper-case keywords, in the given order. */
    public static Map<String, List<String>> copyOf(Map<String, List<String>> attributes) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        attributes.forEach((k, v) -> copy.put(k.toUpperCase(Locale.ROOT), List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    /** keyword, value, keyword, value...: a map for code and tests that build plans. */
    public static Map<String, List<String>> of(String... keywordsAndValues) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keywordsAndValues.length; i += 2) {
            map.put(keywordsAndValues[i].toUpperCase(Locale.ROOT), List.of(keywordsAndValues[i + 1]));
        }
        return map;
    }

    /**
     * What is wrong with {@code attributes} for an object of {@code type}: keywords the schema does not
     * have or that only queue managers set, words MQ does not know, numbers out of range, strings
     * against MQ's length and character rules.
     */
    public static List<Finding> check(MqObjectType type, Map<String, List<String>> attributes, QueueManagerPlatform platform,
            String where) {
        List<Finding> findings = new ArrayList<>();
        attributes.forEach((keyword, values) -> {
            MqField field = MqSchema.field(type, keyword).orElse(null);
            if (field == null) {
                findings.add(Finding.error(UNKNOWN, keyword, PlanMessages.bind(PlanMessages.Attribute_unknown,
                        new Object[] { where, keyword, type.noun() }), PlanMessages.Attribute_unknownFix));
                return;
            }
            if (field.readOnly()) {
                findings.add(Finding.error(READ_ONLY, keyword, PlanMessages.bind(PlanMessages.Attribute_readOnly, where, keyword), ""));
                return;
            }
            boolean many = field.kind() == MqField.Kind.STRING_LIST || field.kind() == MqField.Kind.STRING_REPEATED
                    || field.kind() == MqField.Kind.WORD_LIST;
            if (!many && values.size() > 1) {
                findings.add(Finding.error(ONE_VALUE, keyword, PlanMessages.bind(PlanMessages.Attribute_oneValue, where, keyword), ""));
            }
            for (String value : values) {
                findings.addAll(checkValue(field, value, platform, where));
            }
        });
        return findings;
    }

    private static List<Finding> checkValue(MqField field, String value, QueueManagerPlatform platform, String where) {
        String keyword = field.keyword();
        switch (field.kind()) {
            case STRING, STRING_LIST, STRING_REPEATED:
                return field.text() == null ? List.of() : field.text().check(value, platform, where);
            case WORD, WORD_LIST, SWITCH:
                if (field.value(value).isEmpty()) {
                    return List.of(Finding.error(BAD_WORD, keyword, PlanMessages.bind(PlanMessages.Attribute_badWord,
                            new Object[] { where, keyword, value, words(field) }), ""));
                }
                return List.of();
            case INTEGER:
                if (field.value(value).isPresent()) {
                    return List.of();
                }
                try {
                    long number = Long.parseLong(value.strip());
                    if (number >= field.minimum() && number <= field.maximum()) {
                        return List.of();
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                return List.of(Finding.error(BAD_NUMBER, keyword, PlanMessages.bind(PlanMessages.Attribute_badNumber,
                        new Object[] { where, keyword, value, Long.toString(field.minimum()), Long.toString(field.maximum()),
                        field.values().isEmpty() ? "" : ", " + words(field) }), "")); //$NON-NLS-1$ //$NON-NLS-2$
            default:
                return List.of();
        }
    }

    private static String words(MqField field) {
        return String.join(", ", field.values().stream().map(MqField.Value::word).toList()); //$NON-NLS-1$
    }

    /** Adds {@code attributes} to {@code command} in the schema's order, quoted or bare as the schema says. */
    public static MqscCommand render(MqscCommand command, MqObjectType type, Map<String, List<String>> attributes) {
        for (MqField field : MqSchema.fields(type)) {
            List<String> values = attributes.get(field.keyword());
            if (values == null) {
                continue;
            }
            switch (field.kind()) {
                case STRING -> command.string(field.keyword(), values.isEmpty() ? " " : values.get(0)); //$NON-NLS-1$
                case STRING_LIST -> command.string(field.keyword(), values.toArray(String[]::new));
                case STRING_REPEATED -> command.repeated(field.keyword(), values.toArray(String[]::new));
                case SWITCH -> command.flag(values.get(0).toUpperCase(Locale.ROOT));
                default -> command.keyword(field.keyword(), String.join(",", values)); //$NON-NLS-1$
            }
        }
        // keywords the schema does not know are refused by check(); never silently dropped from a rendering
        attributes.keySet().stream().filter(k -> MqSchema.field(type, k).isEmpty())
                .forEach(k -> command.string(k, attributes.get(k).toArray(String[]::new)));
        return command;
    }
}
