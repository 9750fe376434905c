package org.mqsec.core.config;

import java.util.ArrayList;
import java.util.List;

/**
 * POSIX shell words: quoting a value so that a generated script passes it as one word whatever it
 * holds, and splitting a command line written that way (or with double quotes, as z/OS CSQ0UTIL
 * input has them) back into its words.
 */
public final class ShellWords {

    private ShellWords() {
    }

    /** {@code 'value'}, a single quote inside written {@code '\''}: no character is special within. */
    public static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /**
     * The words of one command line: single quotes keep everything, double quotes keep everything but
     * {@code \"} and {@code \\}, a backslash outside quotes keeps the next character.
     *
     * @throws IllegalArgumentException when a quote is not closed
     */
    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException(line);
                }
                word.append(line, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '"') {
                int j = i + 1;
                for (; j < line.length() && line.charAt(j) != '"'; j++) {
                    if (line.charAt(j) == '\\' && j + 1 < line.length() && (line.charAt(j + 1) == '"' || line.charAt(j + 1) == '\\')) {
                        j++;
                    }
                    word.append(line.charAt(j));
                }
                if (j >= line.length()) {
                    throw new IllegalArgumentException(line);
                }
                i = j;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
