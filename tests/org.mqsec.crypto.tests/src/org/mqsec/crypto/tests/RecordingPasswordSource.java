package org.mqsec.crypto.tests;

import java.util.ArrayList;
import java.util.List;

import org.mqsec.crypto.keystore.PasswordSource;

/** Hands out a fixed sequence of passwords and records what happened to them. */
final class RecordingPasswordSource implements PasswordSource {

    private final List<String> answers;
    final List<char[]> handedOut = new ArrayList<>();
    final List<PasswordRequest> requests = new ArrayList<>();
    final List<String> accepted = new ArrayList<>();

    RecordingPasswordSource(String... answers) {
        this.answers = List.of(answers);
    }

    @Override
    public char[] password(PasswordRequest request) {
        requests.add(request);
        if (request.failedTries() >= answers.size()) {
            return null;
        }
        char[] password = answers.get(request.failedTries()).toCharArray();
        handedOut.add(password);
        return password;
    }

    @Override
    public void accepted(PasswordRequest request, char[] password) {
        accepted.add(new String(password));
    }
}
