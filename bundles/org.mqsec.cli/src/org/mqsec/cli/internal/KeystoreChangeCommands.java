package org.mqsec.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.dn.CertificateName;
import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.crypto.certificates.CertificateNames;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.certificates.CaReplies;
import org.mqsec.crypto.certificates.CertificateIssuer;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.certificates.CertificateRequests;
import org.mqsec.crypto.certificates.CertificateTemplate;
import org.mqsec.crypto.certificates.KeyAlgorithm;
import org.mqsec.crypto.certificates.SignatureHash;
import org.mqsec.crypto.keystore.CertificateExport;
import org.mqsec.crypto.keystore.CommandEquivalents;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.EditableKeyRepository.CertificateEntry;
import org.mqsec.crypto.keystore.EditableKeyRepository.Entry;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.KeyRepositoryWriter;
import org.mqsec.crypto.keystore.PasswordSource;
import org.mqsec.crypto.keystore.PasswordChangeOperation;
import org.mqsec.crypto.keystore.Pkcs12Profile;
import org.mqsec.crypto.keystore.StashFile;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The {@code mqsec keystore} commands that change key repositories. Each opens the repository with
 * its keys, changes it in memory, and writes it back atomically (the previous file kept as .bak);
 * nothing is written when anything fails. Results print as text or, with --json, as an object with
 * {@code operation}, {@code file}, {@code entry}, {@code warnings} and, with --show-commands,
 * {@code commands} (runmqakm, keytool, openssl equivalents with password placeholders).
 */
final class KeystoreChangeCommands {

    static final Set<String> COMMANDS = Set.of("create", "genkey", "ca", "csr", "sign", "receive", "import", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "export", "convert", "passwd", "delete", "rename"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private static final Set<String> VALUES = Set.of("password-file", "password-env", "type", "alias", "dn", "key", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "hash", "san", "usage", "days", "signer", "signer-alias", "signer-password-file", "signer-password-env", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "out", "csr", "reply", "certificates", "from", "from-password-file", "from-password-env", "format", "to", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "profile", "new-password-file", "new-password-env"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final Set<String> FLAGS = Set.of("json", "stash", "show-commands", "chain", "keep-backup"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private final PrintStream out;
    private final PrintStream err;
    private final SecureRandom random = new SecureRandom();

    KeystoreChangeCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** What a command did, for text or JSON output. */
    private static final class Result {
        final JsonObject json = new JsonObject();
        final List<String> lines = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        Map<String, List<String>> commands = Map.of();
    }

    int run(String command, List<String> words) throws UsageException, KeyRepositoryException {
        Arguments args = Arguments.parse(words, VALUES, FLAGS);
        Result result = new Result();
        result.json.addProperty("operation", command); //$NON-NLS-1$
        switch (command) {
            case "create" -> create(args, result); //$NON-NLS-1$
            case "genkey" -> generate(args, result, false); //$NON-NLS-1$
            case "ca" -> generate(args, result, true); //$NON-NLS-1$
            case "csr" -> request(args, result); //$NON-NLS-1$
            case "sign" -> sign(args, result); //$NON-NLS-1$
            case "receive" -> receive(args, result); //$NON-NLS-1$
            case "import" -> importInto(args, result); //$NON-NLS-1$
            case "export" -> export(args, result); //$NON-NLS-1$
            case "convert" -> convert(args, result); //$NON-NLS-1$
            case "passwd" -> changePassword(args, result); //$NON-NLS-1$
            case "delete" -> delete(args, result); //$NON-NLS-1$
            case "rename" -> rename(args, result); //$NON-NLS-1$
            default -> throw new UsageException(NLS.bind(Messages.Usage_unknownCommand, "keystore " + command)); //$NON-NLS-1$
        }
        print(args, result);
        return Mqsec.OK;
    }

    private void print(Arguments args, Result result) {
        boolean showCommands = args.flag("show-commands"); //$NON-NLS-1$
        if (args.flag("json")) { //$NON-NLS-1$
            JsonArray warnings = new JsonArray();
            result.warnings.forEach(warnings::add);
            result.json.add("warnings", warnings); //$NON-NLS-1$
            if (showCommands) {
                JsonObject commands = new JsonObject();
                result.commands.forEach((tool, lines) -> {
                    JsonArray array = new JsonArray();
                    lines.forEach(array::add);
                    commands.add(tool, array);
                });
                result.json.add("commands", commands); //$NON-NLS-1$
            }
            out.println(JsonOutput.text(result.json));
            return;
        }
        result.warnings.forEach(w -> err.println(NLS.bind(Messages.Warning_prefix, w)));
        result.lines.forEach(out::println);
        if (showCommands) {
            result.commands.forEach((tool, lines) -> {
                out.println(NLS.bind(Messages.Change_equivalent, tool));
                lines.forEach(line -> out.println("  " + line)); //$NON-NLS-1$
            });
        }
    }

    // ---- opening and saving ------------------------------------------------------------------

    /** An open repository with the password that opened it (cleared by {@link #close()}). */
    private static final class Opened implements AutoCloseable {
        final Path path;
        final EditableKeyRepository repository;
        final CommandLinePasswords passwords;

        Opened(Path path, EditableKeyRepository repository, CommandLinePasswords passwords) {
            this.path = path;
            this.repository = repository;
            this.passwords = passwords;
        }

        @Override
        public void close() {
            passwords.clear();
        }
    }

    private static Opened open(Arguments args, String fileOption, String passwordFile, String passwordEnv)
            throws UsageException, KeyRepositoryException {
        Path path = Path.of(fileOption);
        KeyRepositoryFormat format = type(args);
        CommandLinePasswords passwords = CommandLinePasswords.from(args.value(passwordFile), args.value(passwordEnv));
        try {
            EditableKeyRepository repository = EditableKeyRepository.open(new FileKeyRepositoryLocation(path, format),
                    passwords, new NullProgressMonitor());
            return new Opened(path, repository, passwords);
        } catch (KeyRepositoryException | RuntimeException e) {
            passwords.clear();
            throw e;
        }
    }

    private static Opened open(Arguments args) throws UsageException, KeyRepositoryException {
        return open(args, args.singleOperand(Messages.Usage_fileOperand), "password-file", "password-env"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static KeyRepositoryFormat type(Arguments args) throws UsageException {
        String type = args.value("type"); //$NON-NLS-1$
        return type == null ? null : KeyRepositoryFormat.fromId(type)
                .orElseThrow(() -> new UsageException(NLS.bind(Messages.Usage_unknownType, type)));
    }

    /** The --profile the user chose, else {@code fallback} (an existing file's own protection, modern for new files). */
    private static Pkcs12Profile profile(Arguments args, Pkcs12Profile fallback) throws UsageException {
        String profile = args.value("profile"); //$NON-NLS-1$
        return profile == null ? fallback : Pkcs12Profile.fromId(profile)
                .orElseThrow(() -> new UsageException(NLS.bind(Messages.Usage_unknownProfile, profile)));
    }

    private static Pkcs12Profile profile(Arguments args) throws UsageException {
        return profile(args, Pkcs12Profile.MODERN);
    }

    private void save(Opened opened, Arguments args, Result result) throws KeyRepositoryException, UsageException {
        KeyRepositoryFormat format = opened.repository.format();
        Pkcs12Profile profile = profile(args, opened.repository.profile());
        KeyRepositoryWriter.save(opened.repository, opened.path, format, profile,
                opened.passwords.acceptedPassword());
        if (format == KeyRepositoryFormat.PKCS12 && profile == Pkcs12Profile.COMPATIBLE
                && args.value("profile") == null) { //$NON-NLS-1$
            result.warnings.add(NLS.bind(Messages.Change_keptWeakProtection, opened.path));
        }
        result.json.addProperty("file", opened.path.toString()); //$NON-NLS-1$
        result.json.addProperty("format", format.id()); //$NON-NLS-1$
    }

    private static String required(Arguments args, String option) throws UsageException {
        String value = args.value(option);
        if (value == null) {
            throw new UsageException(NLS.bind(Messages.Usage_optionRequired, option));
        }
        return value;
    }

    private static List<String> list(Arguments args, String option) {
        String value = args.value(option);
        return value == null ? List.of() : List.of(value.split(",")).stream().map(String::trim) //$NON-NLS-1$
                .filter(s -> !s.isEmpty()).toList();
    }

    private static int days(Arguments args, int fallback) throws UsageException {
        String value = args.value("days"); //$NON-NLS-1$
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(NLS.bind(Messages.Usage_notANumber, "days", value)); //$NON-NLS-1$
        }
    }

    private static void describe(Result result, Entry entry) {
        JsonObject json = new JsonObject();
        json.addProperty("alias", entry.alias()); //$NON-NLS-1$
        if (entry instanceof KeyEntry key && !key.chain().isEmpty()) {
            X509Certificate cert = key.chain().get(0);
            json.addProperty("subject", cert.getSubjectX500Principal().getName()); //$NON-NLS-1$
            json.addProperty("issuer", cert.getIssuerX500Principal().getName()); //$NON-NLS-1$
            json.addProperty("chainLength", key.chain().size()); //$NON-NLS-1$
        } else if (entry instanceof CertificateEntry cert) {
            json.addProperty("subject", cert.certificate().getSubjectX500Principal().getName()); //$NON-NLS-1$
        }
        result.json.add("entry", json); //$NON-NLS-1$
    }

    private static void addFindings(Result result, List<Finding> findings) throws KeyRepositoryException {
        if (Finding.hasErrors(findings)) {
            StringBuilder message = new StringBuilder();
            StringBuilder fixes = new StringBuilder();
            for (Finding finding : findings) {
                if (finding.severity() == org.mqsec.core.findings.Severity.ERROR) {
                    message.append(message.length() == 0 ? "" : "\n").append(finding.message()); //$NON-NLS-1$ //$NON-NLS-2$
                    fixes.append(fixes.length() == 0 ? "" : "\n").append(finding.fix()); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            throw new KeyRepositoryException(Problem.REFUSED, message.toString(), fixes.toString());
        }
        findings.forEach(f -> result.warnings.add(f.message() + (f.fix().isEmpty() ? "" : " " + f.fix()))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    // ---- the commands --------------------------------------------------------------------------

    private void create(Arguments args, Result result) throws UsageException, KeyRepositoryException {
        Path path = Path.of(args.singleOperand(Messages.Usage_fileOperand));
        if (Files.exists(path)) {
            throw new KeyRepositoryException(Problem.REFUSED, NLS.bind(Messages.Change_exists, path),
                    Messages.Change_existsFix);
        }
        KeyRepositoryFormat format = type(args) == null ? KeyRepositoryFormat.PKCS12 : type(args);
        CommandLinePasswords passwords = CommandLinePasswords.from(args.value("password-file"), //$NON-NLS-1$
                args.value("password-env")); //$NON-NLS-1$
        char[] password = passwords.newPassword(path.toString());
        try {
            KeyRepositoryWriter.save(new EditableKeyRepository(format), path, format, profile(args), password);
            result.lines.add(NLS.bind(Messages.Change_created, path, format.displayName()));
            if (args.flag("stash")) { //$NON-NLS-1$
                writeStash(path, password, result);
            }
        } finally {
            java.util.Arrays.fill(password, '\0');
            passwords.clear();
        }
        if (format == KeyRepositoryFormat.PKCS12 && profile(args) == Pkcs12Profile.COMPATIBLE) {
            result.warnings.add(Pkcs12Profile.COMPATIBLE.description());
        }
        result.json.addProperty("file", path.toString()); //$NON-NLS-1$
        result.json.addProperty("format", format.id()); //$NON-NLS-1$
        result.commands = CommandEquivalents.create(path.toString(), format, args.flag("stash")).commands(); //$NON-NLS-1$
    }

    private static void writeStash(Path repository, char[] password, Result result) throws KeyRepositoryException {
        Path stash = StashFile.besides(repository);
        try {
            StashFile.write(stash, password);
        } catch (IOException e) {
            throw new KeyRepositoryException(Problem.WRITE_FAILED, NLS.bind(Messages.Change_stashFailed, stash,
                    e.getMessage()), "", e); //$NON-NLS-1$
        }
        result.lines.add(NLS.bind(Messages.Change_stashed, stash));
        result.json.addProperty("stash", stash.toString()); //$NON-NLS-1$
    }

    /** genkey (a personal certificate, self-signed or signed by --signer) and ca (a local CA). */
    private void generate(Arguments args, Result result, boolean ca) throws UsageException, KeyRepositoryException {
        String alias = required(args, "alias"); //$NON-NLS-1$
        DistinguishedName dn = DistinguishedName.parse(required(args, "dn")); //$NON-NLS-1$
        String keyId = args.value("key"); //$NON-NLS-1$
        KeyAlgorithm algorithm = keyId == null ? KeyAlgorithm.RSA_3072 : KeyAlgorithm.fromId(keyId)
                .orElseThrow(() -> new UsageException(NLS.bind(Messages.Usage_unknownKey, keyId)));
        String hashId = args.value("hash"); //$NON-NLS-1$
        SignatureHash hash = hashId == null ? algorithm.defaultHash() : SignatureHash.fromId(hashId)
                .orElseThrow(() -> new UsageException(NLS.bind(Messages.Usage_unknownHash, hashId)));
        CertificateProfile profile = ca ? CertificateProfile.CA : usage(args);
        CertificateTemplate template = CertificateTemplate.typed(dn, list(args, "san"), profile, //$NON-NLS-1$
                days(args, ca ? 3650 : 365), hash);
        List<Finding> findings = new ArrayList<>(template.validate());
        if (algorithm.isWeak()) {
            findings.add(Finding.warning(Messages.Change_weakKey, Messages.Change_weakKeyFix));
        }
        addFindings(result, findings);
        try (Opened opened = open(args)) {
            if (opened.repository.entry(alias).isPresent()) {
                throw new KeyRepositoryException(Problem.REFUSED, NLS.bind(Messages.Change_aliasTaken, alias),
                        Messages.Change_aliasTakenFix);
            }
            KeyPair pair;
            try {
                pair = algorithm.generate(random);
            } catch (java.security.GeneralSecurityException e) {
                throw new KeyRepositoryException(Problem.REFUSED, e.getMessage(), "", e); //$NON-NLS-1$
            }
            CertificateIssuer issuer = new CertificateIssuer(random);
            List<X509Certificate> chain;
            if (args.value("signer") != null) { //$NON-NLS-1$
                try (Opened signer = open(args, args.value("signer"), "signer-password-file", "signer-password-env")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    KeyEntry caEntry = keyEntryWithCertificate(signer, required(args, "signer-alias")); //$NON-NLS-1$
                    chain = new ArrayList<>();
                    chain.add(issuer.issue(pair.getPublic(), template, caEntry.chain().get(0), caEntry.key()));
                    chain.addAll(caEntry.chain());
                }
            } else {
                chain = List.of(issuer.selfSigned(pair, template));
            }
            KeyEntry entry = new KeyEntry(alias, pair.getPrivate(), chain);
            opened.repository.add(entry);
            save(opened, args, result);
            describe(result, entry);
            result.lines.add(NLS.bind(ca ? Messages.Change_caCreated : Messages.Change_generated, new Object[] { alias,
                    algorithm.id(), chain.get(0).getSubjectX500Principal().getName(), opened.path }));
            result.commands = CommandEquivalents.generateKey(opened.path.toString(), opened.repository.format(), alias,
                    dn.canonical(), algorithm.jcaName(), algorithm.size(),
                    hash.signatureName(pair.getPublic()), template.validityDays(), template.subjectAlternativeNames(), ca,
                    args.value("signer"), args.value("signer") == null ? null : args.value("signer-alias")).commands(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private static CertificateProfile usage(Arguments args) throws UsageException {
        String usage = args.value("usage"); //$NON-NLS-1$
        return usage == null ? CertificateProfile.TLS_SERVER_AND_CLIENT : CertificateProfile.fromId(usage)
                .orElseThrow(() -> new UsageException(NLS.bind(Messages.Usage_unknownUsage, usage)));
    }

    private static KeyEntry keyEntryWithCertificate(Opened signer, String alias) throws KeyRepositoryException {
        Entry entry = signer.repository.require(alias);
        if (!(entry instanceof KeyEntry key) || key.chain().isEmpty()) {
            throw new KeyRepositoryException(Problem.REFUSED, NLS.bind(Messages.Change_notAKeyEntry, alias),
                    Messages.Change_notAKeyEntryFix);
        }
        return key;
    }

    private void request(Arguments args, Result result) throws UsageException, KeyRepositoryException {
        String alias = required(args, "alias"); //$NON-NLS-1$
        Path target = Path.of(required(args, "out")); //$NON-NLS-1$
        try (Opened opened = open(args)) {
            KeyEntry entry = keyEntryWithCertificate(opened, alias);
            X509Certificate current = entry.chain().get(0);
            // without --dn the request asks for the subject the certificate has, attribute for attribute
            CertificateName subject = CertificateNames.of(current.getSubjectX500Principal());
            if (args.value("dn") != null) { //$NON-NLS-1$
                DistinguishedName typed = DistinguishedName.parse(args.value("dn")); //$NON-NLS-1$
                addFindings(result, typed.subjectFindings());
                subject = typed.name();
            }
            SignatureHash hash = SignatureHash.SHA256;
            PKCS10CertificationRequest csr = CertificateRequests.create(
                    new KeyPair(current.getPublicKey(), entry.key()), subject, list(args, "san"), hash); //$NON-NLS-1$
            writeText(target, CertificateRequests.pem(csr));
            result.lines.add(NLS.bind(Messages.Change_requested, alias, target));
            result.json.addProperty("out", target.toString()); //$NON-NLS-1$
            describe(result, entry);
            result.commands = CommandEquivalents.certificateRequest(opened.path.toString(), opened.repository.format(),
                    alias, target.toString()).commands();
        }
    }

    private void sign(Arguments args, Result result) throws UsageException, KeyRepositoryException {
        String alias = required(args, "alias"); //$NON-NLS-1$
        Path csrFile = Path.of(required(args, "csr")); //$NON-NLS-1$
        Path target = Path.of(required(args, "out")); //$NON-NLS-1$
        PKCS10CertificationRequest csr = CertificateRequests.read(csrFile);
        try (Opened opened = open(args)) {
            KeyEntry ca = keyEntryWithCertificate(opened, alias);
            int days = days(args, 365);
            X509Certificate issued = CertificateRequests.sign(csr, usage(args), days, SignatureHash.SHA256,
                    list(args, "san"), ca.chain().get(0), ca.key(), new CertificateIssuer(random)); //$NON-NLS-1$
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(issued);
            chain.addAll(ca.chain());
            writeText(target, CertificateExport.pemChain(chain));
            result.lines.add(NLS.bind(Messages.Change_signed, new Object[] { issued.getSubjectX500Principal().getName(),
                    alias, target }));
            result.json.addProperty("out", target.toString()); //$NON-NLS-1$
            result.json.addProperty("subject", issued.getSubjectX500Principal().getName()); //$NON-NLS-1$
            result.commands = CommandEquivalents.signRequest(csrFile.toString(), alias + ".pem", alias + ".key", //$NON-NLS-1$ //$NON-NLS-2$
                    target.toString(), days).commands();
        }
    }

    private void receive(Arguments args, Result result) throws UsageException, KeyRepositoryException {
        Path reply = Path.of(required(args, "reply")); //$NON-NLS-1$
        List<X509Certificate> certificates = certificatesIn(reply);
        try (Opened opened = open(args)) {
            CaReplies.Received received = CaReplies.receive(opened.repository, certificates);
            if (!received.chainComplete()) {
                result.warnings.add(NLS.bind(Messages.Change_chainIncomplete, received.alias()));
            }
            save(opened, args, result);
            describe(result, opened.repository.require(received.alias()));
            result.lines.add(NLS.bind(Messages.Change_received, received.alias(), received.chain().size()));
            result.commands = CommandEquivalents.receive(opened.path.toString(), opened.repository.format(),
                    received.alias(), reply.toString()).commands();
        }
    }

    /** Certificates in any file the browser reads (PEM, DER, PKCS#7, a trust bundle). */
    private static List<X509Certificate> certificatesIn(Path file) throws KeyRepositoryException {
        return new FileKeyRepositoryLocation(file).open(PasswordSource.NONE, new NullProgressMonitor()).certificates();
    }

    private void importInto(Arguments args, Result result) throws UsageException, KeyRepositoryException {
        try (Opened opened = open(args)) {
            List<String> added = new ArrayList<>();
            if (args.value("certificates") != null) { //$NON-NLS-1$
                Path file = Path.of(args.value("certificates")); //$NON-NLS-1$
                List<X509Certificate> certificates = certificatesIn(file);
                List<X509Certificate> present = opened.repository.certificates();
                for (X509Certificate cert : certificates) {
                    if (present.contains(cert)) {
                        result.warnings.add(NLS.bind(Messages.Change_alreadyThere, cert.getSubjectX500Principal().getName()));
                        continue;
                    }
                    String alias = args.value("alias") != null && certificates.size() == 1 ? args.value("alias") //$NON-NLS-1$ //$NON-NLS-2$
                            : opened.repository.uniqueAlias(commonName(cert));
                    opened.repository.add(new CertificateEntry(alias, cert));
                    added.add(alias);
                }
                if (added.size() == 1) {
                    result.commands = CommandEquivalents.importCertificate(opened.path.toString(),
                            opened.repository.format(), added.get(0), file.toString()).commands();
                }
            } else if (args.value("from") != null) { //$NON-NLS-1$
                try (Opened from = open(args, args.value("from"), "from-password-file", "from-password-env")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    for (Entry entry : from.repository.entries()) {
                        if (args.value("alias") == null || entry.alias().equalsIgnoreCase(args.value("alias"))) { //$NON-NLS-1$ //$NON-NLS-2$
                            opened.repository.add(entry);
                            added.add(entry.alias());
                        }
                    }
                }
            } else {
                throw new UsageException(Messages.Usage_importSource);
            }
            save(opened, args, result);
            JsonArray aliases = new JsonArray();
            added.forEach(aliases::add);
            result.json.add("added", aliases); //$NON-NLS-1$
            result.lines.add(NLS.bind(Messages.Change_imported, added.size(), String.join(", ", added))); //$NON-NLS-1$
        }
    }

    private static String commonName(X509Certificate cert) {
        return CertificateNames.of(cert.getSubjectX500Principal()).commonName().orElse("certificate"); //$NON-NLS-1$
    }

    private void export(Arguments args, Result result) throws UsageException, KeyRepositoryException {
        String alias = required(args, "alias"); //$NON-NLS-1$
        Path target = Path.of(required(args, "out")); //$NON-NLS-1$
        String format = args.value("format") == null ? "pem" : args.value("format"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        try (Opened opened = open(args)) {
            Entry entry = opened.repository.require(alias);
            List<X509Certificate> chain = entry instanceof KeyEntry key ? key.chain()
                    : entry instanceof CertificateEntry cert ? List.of(cert.certificate()) : List.of();
            if (chain.isEmpty() && !"pkcs12".equals(format)) { //$NON-NLS-1$
                throw new KeyRepositoryException(Problem.REFUSED, NLS.bind(Messages.Change_noCertificate, alias), ""); //$NON-NLS-1$
            }
            List<X509Certificate> exported = args.flag("chain") ? chain : chain.subList(0, Math.min(1, chain.size())); //$NON-NLS-1$
            switch (format) {
                case "pem" -> writeText(target, CertificateExport.pemChain(exported)); //$NON-NLS-1$
                case "der" -> writeBytes(target, CertificateExport.encode(chain.get(0), CertificateExport.Encoding.DER)); //$NON-NLS-1$
                case "p7b" -> { //$NON-NLS-1$
                    try {
                        writeBytes(target, CertificateExport.pkcs7(exported));
                    } catch (IOException e) {
                        throw new KeyRepositoryException(Problem.WRITE_FAILED, e.getMessage(), "", e); //$NON-NLS-1$
                    }
                }
                case "public-key" -> writeText(target, CertificateExport.publicKeyPem(chain.get(0).getPublicKey())); //$NON-NLS-1$
                case "pkcs12" -> { //$NON-NLS-1$
                    if (!(entry instanceof KeyEntry)) {
                        throw new KeyRepositoryException(Problem.REFUSED, NLS.bind(Messages.Change_notAKeyEntry, alias),
                                Messages.Change_notAKeyEntryFix);
                    }
                    CommandLinePasswords newPassword = CommandLinePasswords.from(args.value("new-password-file"), //$NON-NLS-1$
                            args.value("new-password-env")); //$NON-NLS-1$
                    char[] password = newPassword.newPassword(target.toString());
                    try {
                        EditableKeyRepository single = new EditableKeyRepository(KeyRepositoryFormat.PKCS12);
                        single.add(entry);
                        KeyRepositoryWriter.save(single, target, KeyRepositoryFormat.PKCS12, profile(args), password);
                    } finally {
                        java.util.Arrays.fill(password, '\0');
                        newPassword.clear();
                    }
                }
                default -> throw new UsageException(NLS.bind(Messages.Usage_unknownExportFormat, format));
            }
            result.lines.add(NLS.bind(Messages.Change_exported, new Object[] { alias, format, target }));
            result.json.addProperty("out", target.toString()); //$NON-NLS-1$
            describe(result, entry);
            if ("pem".equals(format) || "der".equals(format)) { //$NON-NLS-1$ //$NON-NLS-2$
                result.commands = CommandEquivalents.exportCertificate(opened.path.toString(), opened.repository.format(),
                        alias, target.toString(), "der".equals(format)).commands(); //$NON-NLS-1$
            }
        }
    }

    private void convert(Arguments args, Result result) throws UsageException, KeyRepositoryException {
        Path target = Path.of(required(args, "out")); //$NON-NLS-1$
        KeyRepositoryFormat to = KeyRepositoryFormat.fromId(required(args, "to")) //$NON-NLS-1$
                .orElseThrow(() -> new UsageException(NLS.bind(Messages.Usage_unknownType, args.value("to")))); //$NON-NLS-1$
        try (Opened opened = open(args)) {
            char[] password = args.value("new-password-file") != null || args.value("new-password-env") != null //$NON-NLS-1$ //$NON-NLS-2$
                    ? CommandLinePasswords.from(args.value("new-password-file"), args.value("new-password-env")) //$NON-NLS-1$ //$NON-NLS-2$
                            .newPassword(target.toString())
                    : opened.passwords.acceptedPassword().clone();
            try {
                KeyRepositoryWriter.save(opened.repository, target, to, profile(args, opened.repository.profile()),
                        password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
            if (to == KeyRepositoryFormat.JKS || to == KeyRepositoryFormat.JCEKS) {
                result.warnings.add(NLS.bind(Messages.Change_javaOnly, to.displayName()));
            }
            result.lines.add(NLS.bind(Messages.Change_converted, new Object[] { opened.path, target, to.displayName() }));
            result.json.addProperty("out", target.toString()); //$NON-NLS-1$
            result.json.addProperty("to", to.id()); //$NON-NLS-1$
            result.commands = CommandEquivalents.convert(opened.path.toString(), opened.repository.format(),
                    target.toString(), to).commands();
        }
    }

    private void changePassword(Arguments args, Result result) throws UsageException, KeyRepositoryException {
        if (args.value("profile") != null) { //$NON-NLS-1$
            throw new UsageException(Messages.Usage_passwdProfile);
        }
        try (Opened opened = open(args)) {
            CommandLinePasswords newPasswords = CommandLinePasswords.from(args.value("new-password-file"), //$NON-NLS-1$
                    args.value("new-password-env")); //$NON-NLS-1$
            char[] password = newPasswords.newPassword(opened.path.toString());
            PasswordChangeOperation.Result change;
            try {
                change = new PasswordChangeOperation(opened.repository, opened.path, args.flag("stash"), //$NON-NLS-1$
                        args.flag("keep-backup")).run(opened.passwords.acceptedPassword(), password, //$NON-NLS-1$
                                new NullProgressMonitor());
            } finally {
                java.util.Arrays.fill(password, '\0');
                newPasswords.clear();
            }
            result.lines.add(NLS.bind(Messages.Change_passwordChanged, opened.path));
            result.lines.addAll(change.report());
            result.json.addProperty("file", opened.path.toString()); //$NON-NLS-1$
            if (change.stash() != null) {
                result.json.addProperty("stash", change.stash().toString()); //$NON-NLS-1$
            }
            if (change.backupKept() != null) {
                result.json.addProperty("backupKept", change.backupKept().toString()); //$NON-NLS-1$
            }
            if (change.backupRemoved() != null) {
                result.json.addProperty("backupRemoved", change.backupRemoved().toString()); //$NON-NLS-1$
            }
            result.commands = CommandEquivalents.changePassword(opened.path.toString(), opened.repository.format(),
                    change.stash() != null).commands();
        }
    }

    private void delete(Arguments args, Result result) throws UsageException, KeyRepositoryException {
        String alias = required(args, "alias"); //$NON-NLS-1$
        try (Opened opened = open(args)) {
            opened.repository.remove(alias);
            save(opened, args, result);
            result.lines.add(NLS.bind(Messages.Change_deleted, alias, opened.path));
            result.json.addProperty("alias", alias); //$NON-NLS-1$
            result.commands = CommandEquivalents.delete(opened.path.toString(), opened.repository.format(), alias)
                    .commands();
        }
    }

    private void rename(Arguments args, Result result) throws UsageException, KeyRepositoryException {
        String alias = required(args, "alias"); //$NON-NLS-1$
        String to = required(args, "to"); //$NON-NLS-1$
        try (Opened opened = open(args)) {
            opened.repository.rename(alias, to);
            save(opened, args, result);
            result.lines.add(NLS.bind(Messages.Change_renamed, alias, to));
            result.json.addProperty("alias", to); //$NON-NLS-1$
            result.commands = CommandEquivalents.rename(opened.path.toString(), opened.repository.format(), alias, to)
                    .commands();
        }
    }

    private static void writeText(Path target, String text) throws KeyRepositoryException {
        writeBytes(target, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static void writeBytes(Path target, byte[] content) throws KeyRepositoryException {
        try {
            org.mqsec.crypto.internal.keystore.AtomicFiles.write(target, content);
        } catch (IOException e) {
            throw new KeyRepositoryException(Problem.WRITE_FAILED, NLS.bind(Messages.Change_writeFailed, target,
                    e.getMessage()), Messages.Change_writeFailedFix, e);
        }
    }
}
