package org.mqsec.core.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mqsec.core.mqsc.MqObjectType;

/**
 * A queue manager object as read (from PCF replies, a dmpmqcfg dump or DISPLAY output) or as a plan
 * wants it: its type, name and the attributes of {@link org.mqsec.core.mqsc.MqSchema} it has, each as
 * MQSC writes it (words upper case, numbers in decimal, strings as they are).
 */
public record MqObject(MqObjectType type, String name, Map<String, List<String>> attributes) {

    public MqObject {
        attributes = Attributes.copyOf(attributes);
    }

    /** The attribute's value, several values joined with commas; empty when not set or blank. */
    public Optional<String> value(String keyword) {
        List<String> values = attributes.get(keyword);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        String joined = String.join(",", values); //$NON-NLS-1$
        return joined.isBlank() ? Optional.empty() : Optional.of(joined);
    }

    public String valueOr(String keyword, String otherwise) {
        return value(keyword).orElse(otherwise);
    }
}
