package org.mqsec.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.mqsec.cli.Mqsec;
import org.mqsec.core.tls.CipherSpec;
import org.mqsec.core.tls.CipherSpecs;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mqsec ciphers [--json]}: the CipherSpec catalogue, for people and for scripts. */
@Command(name = "ciphers", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class)
final class CiphersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonArray array = new JsonArray();
            for (CipherSpec spec : CipherSpecs.all()) {
                array.add(json(spec));
            }
            out.println(JsonOutput.textWithNulls(array));
            return Mqsec.OK;
        }
        String[] header = { Messages.Ciphers_name, Messages.Ciphers_protocol, Messages.Ciphers_key, Messages.Ciphers_fips,
                Messages.Ciphers_suiteB, Messages.Ciphers_status, Messages.Ciphers_java };
        List<String[]> rows = new ArrayList<>();
        for (CipherSpec spec : CipherSpecs.all()) {
            String protocol = spec.minimumProtocol() ? spec.protocol().label() + "+" : spec.protocol().label(); //$NON-NLS-1$
            String status = spec.deprecated() ? Messages.bind(Messages.Ciphers_deprecated, spec.deprecatedSince())
                    : spec.minimumProtocol() ? Messages.Ciphers_recommended : spec.alias() ? Messages.Ciphers_alias : Messages.Ciphers_current;
            rows.add(new String[] { spec.name(), protocol, spec.keyType().name(), spec.fips() ? Messages.Ciphers_yes : Messages.Ciphers_no,
                    spec.suiteB() == 0 ? "-" : Integer.toString(spec.suiteB()), status, //$NON-NLS-1$
                    spec.javaCipherSuite().isEmpty() ? "-" : spec.javaCipherSuite() }); //$NON-NLS-1$
        }
        out.print(TextTable.of(header, rows));
        out.println(Messages.Ciphers_recommendation);
        return Mqsec.OK;
    }

    private static JsonObject json(CipherSpec spec) {
        JsonObject json = new JsonObject();
        json.addProperty("name", spec.name()); //$NON-NLS-1$
        json.addProperty("protocol", spec.protocol().label()); //$NON-NLS-1$
        json.addProperty("highestProtocol", spec.highestProtocol() == null ? null : spec.highestProtocol().label()); //$NON-NLS-1$
        json.addProperty("alias", spec.alias()); //$NON-NLS-1$
        json.addProperty("minimumProtocol", spec.minimumProtocol()); //$NON-NLS-1$
        json.addProperty("hexCode", spec.hexCode()); //$NON-NLS-1$
        json.addProperty("keyType", spec.keyType().name()); //$NON-NLS-1$
        json.addProperty("javaCipherSuite", spec.javaCipherSuite()); //$NON-NLS-1$
        JsonArray alternatives = new JsonArray();
        spec.javaAlternativeNames().forEach(alternatives::add);
        json.add("javaAlternativeNames", alternatives); //$NON-NLS-1$
        json.addProperty("fips", spec.fips()); //$NON-NLS-1$
        json.addProperty("suiteB", spec.suiteB()); // 0, 128 or 192 //$NON-NLS-1$
        json.addProperty("deprecated", spec.deprecated()); //$NON-NLS-1$
        json.addProperty("deprecatedSince", spec.deprecatedSince()); //$NON-NLS-1$
        json.addProperty("weak", spec.weak()); //$NON-NLS-1$
        json.addProperty("platforms", spec.platforms()); //$NON-NLS-1$
        return json;
    }
}
