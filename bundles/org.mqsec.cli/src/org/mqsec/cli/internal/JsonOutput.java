package org.mqsec.cli.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.mqsec.crypto.internal.keystore.CertificateFacts;
import org.mqsec.crypto.keystore.CertificateDetails;
import org.mqsec.crypto.keystore.ChainLink;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryEntry;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The JSON form of listings and details, for scripts. Field names are a stable interface: kinds and
 * verification results are lower-case identifiers, times ISO-8601 instants in UTC.
 */
final class JsonOutput {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    /** For documents whose objects keep every key, null values included. */
    private static final Gson GSON_WITH_NULLS = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

    private JsonOutput() {
    }

    /** Any JSON document as the command line prints it: indented, characters as they are. */
    static String text(JsonElement json) {
        return GSON.toJson(json);
    }

    /**
     * A large document (a token's thousands of objects) written as {@link #text} writes it, streamed
     * into {@code out} through a buffer instead of built as one string first.
     */
    static void print(JsonElement json, java.io.PrintWriter out) {
        java.io.BufferedWriter buffered = new java.io.BufferedWriter(out, 1 << 16);
        GSON.toJson(json, buffered);
        try {
            buffered.flush();
        } catch (java.io.IOException e) {
            // a PrintWriter does not throw: its error flag says what went wrong
        }
        out.println();
    }

    /** As {@link #text}, keeping keys whose value is null. */
    static String textWithNulls(JsonElement json) {
        return GSON_WITH_NULLS.toJson(json);
    }

    static String repository(KeyRepository repository) {
        JsonObject root = new JsonObject();
        root.addProperty("file", repository.location()); //$NON-NLS-1$
        root.addProperty("format", repository.format().id()); //$NON-NLS-1$
        root.addProperty("protection", repository.protection()); //$NON-NLS-1$
        root.add("warnings", strings(repository.warnings())); //$NON-NLS-1$
        JsonArray entries = new JsonArray();
        Instant now = Instant.now();
        for (KeyRepositoryEntry entry : repository.entries()) {
            entries.add(summary(entry, now));
        }
        root.add("entries", entries); //$NON-NLS-1$
        return GSON.toJson(root);
    }

    static String entry(KeyRepositoryEntry entry, List<ChainLink> chain) {
        JsonObject root = summary(entry, Instant.now());
        entry.certificate().ifPresent(cert -> {
            CertificateDetails details = CertificateDetails.of(cert);
            JsonObject certificate = new JsonObject();
            certificate.addProperty("subject", details.subject()); //$NON-NLS-1$
            certificate.addProperty("issuer", details.issuer()); //$NON-NLS-1$
            certificate.addProperty("serialNumber", details.serialNumber()); //$NON-NLS-1$
            certificate.addProperty("version", details.version()); //$NON-NLS-1$
            certificate.addProperty("notBefore", details.notBefore().toString()); //$NON-NLS-1$
            certificate.addProperty("notAfter", details.notAfter().toString()); //$NON-NLS-1$
            certificate.addProperty("publicKey", details.publicKey()); //$NON-NLS-1$
            certificate.addProperty("signatureAlgorithm", details.signatureAlgorithm()); //$NON-NLS-1$
            certificate.add("keyUsage", strings(details.keyUsage())); //$NON-NLS-1$
            certificate.addProperty("keyUsageCritical", details.keyUsageCritical()); //$NON-NLS-1$
            certificate.add("extendedKeyUsage", strings(details.extendedKeyUsage())); //$NON-NLS-1$
            certificate.addProperty("basicConstraints", details.basicConstraints()); //$NON-NLS-1$
            certificate.add("subjectAlternativeNames", strings(details.subjectAlternativeNames())); //$NON-NLS-1$
            certificate.addProperty("subjectKeyIdentifier", details.subjectKeyIdentifier()); //$NON-NLS-1$
            certificate.addProperty("authorityKeyIdentifier", details.authorityKeyIdentifier()); //$NON-NLS-1$
            certificate.addProperty("sha1", details.sha1()); //$NON-NLS-1$
            certificate.addProperty("sha256", details.sha256()); //$NON-NLS-1$
            certificate.addProperty("pem", details.pem()); //$NON-NLS-1$
            root.add("certificate", certificate); //$NON-NLS-1$
        });
        JsonArray links = new JsonArray();
        for (ChainLink link : chain) {
            JsonObject json = new JsonObject();
            json.addProperty("subject", CertificateFacts.dn(link.certificate().getSubjectX500Principal())); //$NON-NLS-1$
            json.addProperty("issuer", CertificateFacts.dn(link.certificate().getIssuerX500Principal())); //$NON-NLS-1$
            json.addProperty("sha256", CertificateFacts.fingerprint(link.certificate(), "SHA-256")); //$NON-NLS-1$ //$NON-NLS-2$
            json.addProperty("verification", id(link.verification())); //$NON-NLS-1$
            links.add(json);
        }
        root.add("chain", links); //$NON-NLS-1$
        return GSON.toJson(root);
    }

    private static JsonObject summary(KeyRepositoryEntry entry, Instant now) {
        JsonObject json = new JsonObject();
        json.addProperty("alias", entry.alias()); //$NON-NLS-1$
        json.addProperty("kind", id(entry.kind())); //$NON-NLS-1$
        json.addProperty("subject", entry.certificate() //$NON-NLS-1$
                .map(c -> CertificateFacts.dn(c.getSubjectX500Principal())).orElse(null));
        json.addProperty("issuer", entry.certificate() //$NON-NLS-1$
                .map(c -> CertificateFacts.dn(c.getIssuerX500Principal())).orElse(null));
        json.addProperty("subjectCn", entry.subjectCn()); //$NON-NLS-1$
        json.addProperty("issuerCn", entry.issuerCn()); //$NON-NLS-1$
        json.addProperty("notBefore", entry.notBefore() == null ? null : entry.notBefore().toString()); //$NON-NLS-1$
        json.addProperty("notAfter", entry.notAfter() == null ? null : entry.notAfter().toString()); //$NON-NLS-1$
        json.addProperty("validity", id(entry.validity(now))); //$NON-NLS-1$
        json.addProperty("sha256", entry.sha256().isEmpty() ? null : entry.sha256()); //$NON-NLS-1$
        json.addProperty("keyAlgorithm", entry.keyAlgorithm()); //$NON-NLS-1$
        json.addProperty("keySize", entry.keySize()); //$NON-NLS-1$
        json.addProperty("signatureAlgorithm", entry.signatureAlgorithm().isEmpty() ? null : entry.signatureAlgorithm()); //$NON-NLS-1$
        return json;
    }

    /** PERSONAL -> "personal", TRUSTED_CERTIFICATE -> "trusted-certificate". */
    private static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
