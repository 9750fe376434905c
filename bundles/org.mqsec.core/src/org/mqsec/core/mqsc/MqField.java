package org.mqsec.core.mqsc;

import java.util.List;
import java.util.Optional;

/**
 * One attribute of a queue manager object as MQSC and PCF both know it: the MQSC keyword, the PCF
 * parameter (number and the name of IBM's constant, which a test checks against the IBM MQ classes),
 * the kind of value, and for strings the {@link MqAttribute} whose length and character rules apply.
 *
 * @param text     the rules for string values; null for numbers, words and read-only strings
 * @param values   for words: each MQSC word with its PCF number and IBM's constant; for numbers the
 *                 named values (KEYREUSE(UNLIMITED))
 * @param minimum  the smallest number MQ takes
 * @param maximum  the largest number MQ takes
 * @param readOnly only ever read (PLATFORM, channel status), never set by a plan
 */
public record MqField(String keyword, int pcfParameter, String pcfConstant, Kind kind, MqAttribute text, List<Value> values,
        long minimum, long maximum, boolean readOnly) {

    /** How the value is written: as MQSC and as a PCF structure. */
    public enum Kind {
        /** A quoted string; PCF MQCFST. */
        STRING,
        /** A list of quoted strings; PCF MQCFSL. */
        STRING_LIST,
        /** One quoted string per repetition of the keyword (SET POLICY SIGNER); PCF one MQCFST each. */
        STRING_REPEATED,
        /** A number, or one of {@link MqField#values()}'s words; PCF MQCFIN. */
        INTEGER,
        /** One of the MQSC words in {@link MqField#values()}; PCF MQCFIN. */
        WORD,
        /** Several of the words (SUITEB(128_BIT,192_BIT)); PCF MQCFIL. */
        WORD_LIST,
        /** A word written as a keyword of its own (ENFORCE or TOLERATE); PCF MQCFIN. */
        SWITCH
    }

    /** An MQSC word and the PCF constant it stands for. */
    public record Value(String word, int number, String constant) {
    }

    public MqField {
        values = List.copyOf(values);
    }

    public Optional<Value> value(String word) {
        return values.stream().filter(v -> v.word().equalsIgnoreCase(word)).findFirst();
    }

    public Optional<Value> value(int number) {
        return values.stream().filter(v -> v.number() == number).findFirst();
    }

    /** Whether MQSC writes the value unquoted (numbers and words). */
    public boolean bare() {
        return kind == Kind.INTEGER || kind == Kind.WORD || kind == Kind.WORD_LIST || kind == Kind.SWITCH;
    }
}
