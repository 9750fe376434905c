package org.mqsec.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.mqsec.cli.Mqsec;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** One run of {@code mqsec} in this JVM: exit code, standard output and standard error. */
record CommandRun(int code, String out, String err) {

    static CommandRun mqsec(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Mqsec.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    JsonObject json() {
        return JsonParser.parseString(out).getAsJsonObject();
    }
}
