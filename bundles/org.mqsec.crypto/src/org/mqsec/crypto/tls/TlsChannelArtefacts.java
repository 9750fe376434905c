package org.mqsec.crypto.tls;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.plan.KeyRepositoryStep;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.PlanFile;
import org.mqsec.core.plan.PlanStep;
import org.mqsec.core.tls.TlsChannelPlan;
import org.mqsec.core.tls.TlsChannelRules;
import org.mqsec.core.tls.TlsChannelSpec;
import org.mqsec.core.tls.QueueManagerPlatform;
import org.mqsec.core.zos.RacfJob;
import org.mqsec.crypto.certificates.CertificateIssuer;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.certificates.CertificateTemplate;
import org.mqsec.crypto.certificates.KeyAlgorithm;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.internal.keystore.AtomicFileSet;
import org.mqsec.crypto.internal.keystore.CertificateFacts;
import org.mqsec.crypto.keystore.CertificateExport;
import org.mqsec.crypto.keystore.CommandEquivalents;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.KeyRepositoryWriter;
import org.mqsec.crypto.keystore.Pkcs12Profile;
import org.mqsec.crypto.keystore.StashFile;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Both ends of a TLS channel, made real: the keys and certificates (a local CA signing both, or
 * self-signed ones each trusting the other), the queue manager's PKCS#12 key repository with its
 * stash, the client's keystore, and the texts of {@link TlsChannelPlan} plus the runmqakm commands
 * and a JSON CCDT. Nothing is written when the rules find an error.
 */
public final class TlsChannelArtefacts {

    /** Subfolders and files, named as the README documents them. */
    public static final String SERVER_FOLDER = "server"; //$NON-NLS-1$
    public static final String CLIENT_FOLDER = "client"; //$NON-NLS-1$
    public static final String SERVER_KEYSTORE = "key.p12"; //$NON-NLS-1$
    public static final String CA_CERTIFICATE = "ca.pem"; //$NON-NLS-1$
    /** The local CA's key and certificate, under the plan's password: to sign requests and renewals later. */
    public static final String CA_KEYSTORE = "ca.p12"; //$NON-NLS-1$
    /** What the queue manager must trust to accept the client when there is no local CA (mutual TLS). */
    public static final String CLIENT_ISSUERS = "client-issuers.pem"; //$NON-NLS-1$
    public static final String CA_LABEL = "mq tls ca"; //$NON-NLS-1$
    public static final String PLAN = "plan.json"; //$NON-NLS-1$
    /** The server end's queue manager changes as a plan file (mqsec plan apply). */
    public static final String QMGR_PLAN = "qmgr-plan.json"; //$NON-NLS-1$
    /** The queue manager's self-signed certificate, for clients to trust when there is no local CA. */
    public static final String SERVER_CERTIFICATE = "server-certificate.pem"; //$NON-NLS-1$
    private static final int CA_DAYS = 3650;
    static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    static final int LEAF_DAYS = 397;

    /**
     * The queue manager's changes as a plan, after a step that puts the key repository written into
     * {@code folder} (and its stash) where SSLKEYR points: that step is for the queue manager's
     * machine, so it is shown with its commands, not run from here.
     */
    public static Plan queueManagerPlan(TlsChannelSpec spec, Path folder) {
        if (spec.platform() == QueueManagerPlatform.ZOS) {
            return TlsChannelPlan.plan(spec); // the key ring is made by the plan's own RACF steps
        }
        Path store = folder.toAbsolutePath().resolve(SERVER_FOLDER).resolve(SERVER_KEYSTORE);
        Path stash = StashFile.besides(store);
        String stem = spec.keyRepositoryStem();
        Plan changes = TlsChannelPlan.plan(spec);
        List<PlanStep> steps = new ArrayList<>();
        steps.add(new KeyRepositoryStep(Messages.bind(Messages.Tls_placeRepository, store.getFileName(), stem), stem + ".p12", //$NON-NLS-1$
                List.of("cp " + CommandEquivalents.quote(store.toString()) + " " + CommandEquivalents.quote(stem + ".p12"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "cp " + CommandEquivalents.quote(stash.toString()) + " " + CommandEquivalents.quote(stem + ".sth")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                null));
        steps.addAll(changes.steps());
        return new Plan(changes.queueManager(), changes.platform(), steps);
    }

    /**
     * The RACF job of a z/OS queue manager's side (CA, certificate, key ring, exports).
     *
     * @throws IllegalArgumentException with what RACF would not take (a finding of the rules)
     */
    public static String racfJob(TlsChannelSpec spec, String jobCard) {
        return ZosEnd.job(spec, jobCard);
    }

    /** What a run produced: the findings, and the files (none when a finding is an error). */
    public record Outcome(List<Finding> findings, List<Path> files) {
    }

    private TlsChannelArtefacts() {
    }

    /**
     * @param password the password of the key repositories written; not kept, not written anywhere
     *                 but the stash file MQ needs for the queue manager's repository
     */
    public static Outcome write(TlsChannelSpec requested, Path folder, char[] password, SecureRandom random)
            throws KeyRepositoryException {
        return write(requested, null, null, folder, password, random);
    }

    /**
     * @param existingServer the queue manager's existing key repository, read, or null for a new one
     * @param existingClient the client's existing keystore, read, or null for a new one
     * @param password       the password of the key repositories written (copies of existing ones
     *                       included); not kept, not written anywhere but the stash file MQ needs
     */
    public static Outcome write(TlsChannelSpec requested, ExistingKeyRepository existingServer, ExistingKeyRepository existingClient,
            Path folder, char[] password, SecureRandom random) throws KeyRepositoryException {
        return write(requested, existingServer, existingClient, folder, password, random, RacfJob.DEFAULT_JOB_CARD);
    }

    /**
     * @param jobCard the job statement of the RACF job written for a z/OS queue manager
     * @see #write(TlsChannelSpec, ExistingKeyRepository, ExistingKeyRepository, Path, char[], SecureRandom)
     */
    public static Outcome write(TlsChannelSpec requested, ExistingKeyRepository existingServer, ExistingKeyRepository existingClient,
            Path folder, char[] password, SecureRandom random, String jobCard) throws KeyRepositoryException {
        TlsChannelSpec spec = requested.withExisting(existingServer == null ? null : existingServer.identity(),
                existingClient == null ? null : existingClient.identity()).withDefaults();
        List<Finding> findings = new ArrayList<>(TlsChannelRules.check(spec));
        boolean newServer = !spec.existingServerCertificate();
        boolean newClient = spec.mutualTls() && !spec.existingClientCertificate();
        if (newServer) {
            findings.addAll(newKeyFindings(spec.serverKey()));
        }
        if (newClient) {
            findings.addAll(newKeyFindings(spec.clientKey()));
        }
        if (spec.platform() == QueueManagerPlatform.ZOS) {
            findings.addAll(RacfJob.checkJobCard(jobCard));
        }
        if (Finding.hasErrors(findings)) {
            return new Outcome(findings, List.of());
        }
        try {
            if (spec.platform() == QueueManagerPlatform.ZOS) {
                return new Outcome(findings, ZosEnd.write(spec, folder, password, random, jobCard));
            }
            KeyAlgorithm serverKey = newServer ? KeyAlgorithm.fromId(spec.serverKey()).orElseThrow() : null;
            KeyAlgorithm clientKey = newClient ? KeyAlgorithm.fromId(spec.clientKey()).orElseThrow() : null;
            Ends ends = new Ends(spec, spec.existingServerCertificate() ? existingServer : null,
                    spec.existingClientCertificate() ? existingClient : null, serverKey, clientKey, random);
            return new Outcome(findings, ends.write(folder, password));
        } catch (GeneralSecurityException e) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.WRITE_FAILED,
                    Messages.bind(Messages.Tls_generationFailed, e.getMessage()), Messages.Advice_writeFailed, e);
        } catch (IOException e) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.WRITE_FAILED,
                    Messages.bind(Messages.Problem_writeFailed, folder, e.getMessage()), Messages.Advice_writeFailed, e);
        }
    }

    /** What is wrong with the key of a new certificate: one this tool does not make (error), or below RSA 3072 (warning). */
    public static List<Finding> newKeyFindings(String id) {
        KeyAlgorithm key = KeyAlgorithm.fromId(id).orElse(null);
        if (key == null) {
            return List.of(Finding.error(Messages.bind(Messages.Tls_unknownKey, id), Messages.Tls_unknownKeyFix));
        }
        return key.isWeak() ? List.of(Finding.warning(Messages.bind(Messages.Tls_weakKey, id), Messages.Tls_weakKeyFix)) : List.of();
    }

    /**
     * The two ends' key repositories: existing ones copied, new ones made (a local CA signing the new
     * certificates, or each self-signed), and each given what it needs to trust the other's certificate.
     */
    private static final class Ends {
        private final TlsChannelSpec spec;
        private final EditableKeyRepository server;
        private final EditableKeyRepository client;
        private final List<X509Certificate> serverIssuers;
        private final List<X509Certificate> clientIssuers;
        private final X509Certificate ca;
        private final KeyPair caPair;

        Ends(TlsChannelSpec spec, ExistingKeyRepository existingServer, ExistingKeyRepository existingClient, KeyAlgorithm serverKey,
                KeyAlgorithm clientKey, SecureRandom random) throws GeneralSecurityException, KeyRepositoryException {
            this.spec = spec;
            CertificateIssuer issuer = new CertificateIssuer(random);
            boolean makesCertificates = existingServer == null || (spec.mutualTls() && existingClient == null);
            if (TlsChannelSpec.LOCAL_CA.equals(spec.serverSigner()) && makesCertificates) {
                KeyAlgorithm caKey = serverKey != null ? serverKey : clientKey;
                caPair = caKey.generate(random);
                ca = issuer.selfSigned(caPair, template(spec.caDn(), List.of(), CertificateProfile.CA, CA_DAYS, caKey));
            } else {
                caPair = null;
                ca = null;
            }
            if (existingServer != null) {
                server = copy(existingServer.repository(), KeyRepositoryFormat.PKCS12);
                serverIssuers = existingServer.issuers();
            } else {
                server = new EditableKeyRepository(KeyRepositoryFormat.PKCS12);
                X509Certificate certificate = newEnd(server, spec.certificateLabel(), template(spec.serverDn(), List.of("DNS:" + spec.host()), //$NON-NLS-1$
                        CertificateProfile.TLS_SERVER, LEAF_DAYS, serverKey), serverKey, issuer, caPair, random);
                serverIssuers = List.of(ca != null ? ca : certificate);
            }
            KeyRepositoryFormat clientFormat = "jks".equalsIgnoreCase(spec.clientKeystoreFormat()) ? KeyRepositoryFormat.JKS //$NON-NLS-1$
                    : KeyRepositoryFormat.PKCS12;
            if (existingClient != null) {
                client = copy(existingClient.repository(), clientFormat);
                clientIssuers = existingClient.issuers();
            } else {
                client = new EditableKeyRepository(clientFormat);
                if (spec.mutualTls()) {
                    X509Certificate certificate = newEnd(client, spec.clientLabel(), template(spec.clientDn(), List.of(),
                            CertificateProfile.TLS_CLIENT, LEAF_DAYS, clientKey), clientKey, issuer, caPair, random);
                    clientIssuers = List.of(ca != null ? ca : certificate);
                } else {
                    clientIssuers = List.of();
                }
            }
            // what the queue manager trusts to authenticate clients, and what the client trusts to authenticate the queue manager
            if (spec.mutualTls()) {
                trust(server, clientIssuers, existingClient == null ? spec.clientLabel() : null);
            }
            trust(client, serverIssuers, existingServer == null ? spec.certificateLabel() : null);
        }

        /** A new key and certificate (by the local CA when there is one, else self-signed) as a personal entry. */
        private X509Certificate newEnd(EditableKeyRepository into, String label, CertificateTemplate template, KeyAlgorithm key,
                CertificateIssuer issuer, KeyPair caPair, SecureRandom random) throws GeneralSecurityException, KeyRepositoryException {
            KeyPair pair = key.generate(random);
            X509Certificate certificate = ca != null ? issuer.issue(pair.getPublic(), template, ca, caPair.getPrivate())
                    : issuer.selfSigned(pair, template);
            into.add(new EditableKeyRepository.KeyEntry(label, pair.getPrivate(), ca == null ? List.of(certificate) : List.of(certificate, ca)));
            return certificate;
        }

        private static EditableKeyRepository copy(EditableKeyRepository existing, KeyRepositoryFormat format) throws KeyRepositoryException {
            EditableKeyRepository copy = new EditableKeyRepository(format);
            for (EditableKeyRepository.Entry entry : existing.entries()) {
                copy.add(entry);
            }
            return copy;
        }

        /**
         * Adds the certificates the repository does not hold yet, as trusted entries: the local CA under
         * its label, a new self-signed certificate under its end's label, others under their CN.
         */
        private void trust(EditableKeyRepository repository, List<X509Certificate> certificates, String selfSignedLabel)
                throws KeyRepositoryException {
            List<X509Certificate> held = ExistingKeyRepository.trusted(repository);
            for (X509Certificate certificate : certificates) {
                // by key, not by name: an earlier plan's CA may have the same name and another key
                if (held.stream().anyMatch(h -> h.getPublicKey().equals(certificate.getPublicKey()))) {
                    continue;
                }
                String label = certificate.equals(ca) ? CA_LABEL
                        : selfSignedLabel != null ? selfSignedLabel
                        : CertificateFacts.commonName(certificate.getSubjectX500Principal()).toLowerCase(java.util.Locale.ROOT);
                repository.add(new EditableKeyRepository.CertificateEntry(repository.uniqueAlias(label.isEmpty() ? "trusted" : label), certificate)); //$NON-NLS-1$
            }
        }

        /** Every file of both ends, written all or none ({@link AtomicFileSet}). */
        List<Path> write(Path folder, char[] password) throws IOException, KeyRepositoryException {
            AtomicFileSet files = new AtomicFileSet();
            Path serverFolder = folder.resolve(SERVER_FOLDER);
            Path clientFolder = folder.resolve(CLIENT_FOLDER);
            Path serverStore = serverFolder.resolve(SERVER_KEYSTORE);
            files.add(serverStore, KeyRepositoryWriter.encode(server, KeyRepositoryFormat.PKCS12, Pkcs12Profile.MODERN, password));
            files.add(StashFile.besides(serverStore), StashFile.encode(password));
            KeyRepositoryFormat clientFormat = client.format();
            Path clientStore = clientFolder.resolve(TlsChannelPlan.CLIENT_KEYSTORE + (clientFormat == KeyRepositoryFormat.JKS ? ".jks" : ".p12")); //$NON-NLS-1$ //$NON-NLS-2$
            files.add(clientStore, KeyRepositoryWriter.encode(client, clientFormat, Pkcs12Profile.MODERN, password));
            // the certificate(s) the client must trust, for clients that keep their own trust store
            boolean localCa = ca != null && serverIssuers.contains(ca);
            if (ca != null) {
                // the CA's key, kept (under the plan's password) to sign the queue manager's own request
                // (server/runmqakm.sh) and later renewals; it belongs offline, not on the queue manager
                EditableKeyRepository caStore = new EditableKeyRepository(KeyRepositoryFormat.PKCS12);
                caStore.add(new EditableKeyRepository.KeyEntry(CA_LABEL, caPair.getPrivate(), List.of(ca)));
                files.add(folder.resolve(CA_KEYSTORE), KeyRepositoryWriter.encode(caStore, KeyRepositoryFormat.PKCS12, Pkcs12Profile.MODERN,
                        password));
            }
            if (localCa) {
                files.text(folder.resolve(CA_CERTIFICATE), CertificateExport.pemChain(List.of(ca)));
            } else {
                files.text(clientFolder.resolve(SERVER_CERTIFICATE), CertificateExport.pemChain(serverIssuers));
            }
            if (!localCa && spec.mutualTls()) {
                files.text(clientFolder.resolve(CLIENT_ISSUERS), CertificateExport.pemChain(clientIssuers));
            }
            files.text(serverFolder.resolve("qmgr.mqsc"), TlsChannelPlan.mqsc(spec)); //$NON-NLS-1$
            // the same queue manager changes for mqsec plan diff and mqsec plan apply
            files.text(serverFolder.resolve(QMGR_PLAN), PlanFile.write(queueManagerPlan(spec, folder)));
            if (!spec.existingServerCertificate()) {
                files.text(serverFolder.resolve("runmqakm.sh"), //$NON-NLS-1$
                        runmqakm(spec, KeyAlgorithm.fromId(spec.serverKey()).orElseThrow(), localCa));
            }
            files.text(clientFolder.resolve(TlsChannelPlan.CCDT), ccdt(spec));
            files.text(clientFolder.resolve("mqclient.ini"), TlsChannelPlan.mqclientIni(spec)); //$NON-NLS-1$
            files.text(clientFolder.resolve("jms.properties"), TlsChannelPlan.javaProperties(spec)); //$NON-NLS-1$
            if (TlsChannelSpec.C.equals(spec.clientType())) {
                // the same keys and trust as a CMS key database with its stash, for C clients that keep one
                Path kdb = clientFolder.resolve(TlsChannelPlan.CLIENT_KEYSTORE + ".kdb"); //$NON-NLS-1$
                files.add(kdb, KeyRepositoryWriter.encode(client, KeyRepositoryFormat.CMS, Pkcs12Profile.MODERN, password));
                files.add(StashFile.besides(kdb), StashFile.encode(password));
                files.text(clientFolder.resolve("runmqakm.sh"), clientRunmqakm(spec, localCa)); //$NON-NLS-1$
            }
            // the plan itself, with its defaults, to apply to a connected queue manager later or run again with mqsec tls plan
            files.text(folder.resolve(PLAN), GSON.toJson(spec) + "\n"); //$NON-NLS-1$
            return files.write();
        }
    }

    static CertificateTemplate template(String dn, List<String> san, CertificateProfile profile, int days, KeyAlgorithm key) {
        return CertificateTemplate.typed(DistinguishedName.parse(dn), san, profile, days, key.defaultHash());
    }

    /**
     * The queue manager's key repository made with runmqakm on the queue manager's own machine, so
     * that its private key never leaves it: a new key and request there, signed by the plan's CA
     * ({@code ../ca.p12}, which holds the CA's key) or self-signed and extracted for the clients. The
     * password is asked for (or taken from MQSEC_PASSWORD); after the stash exists, runmqakm uses it.
     */
    public static String runmqakm(TlsChannelSpec spec, KeyAlgorithm key, boolean localCa) {
        String db = CommandEquivalents.quote(spec.keyRepositoryStem() + ".p12"); //$NON-NLS-1$
        String label = CommandEquivalents.quote(spec.certificateLabel());
        String keyOptions = CommandEquivalents.runmqakmKeyOptions(key.jcaName(), key.size(),
                key.defaultHash().signatureName(key.jcaName()));
        String san = CommandEquivalents.runmqakmSan(List.of("DNS:" + spec.host())); //$NON-NLS-1$
        String password = "\"$" + CommandEquivalents.PASSWORD_VARIABLE + "\""; //$NON-NLS-1$ //$NON-NLS-2$
        List<String> commands = new ArrayList<>();
        commands.add(CommandEquivalents.runmqakmCreate(spec.keyRepositoryStem() + ".p12", "pkcs12", true)); //$NON-NLS-1$ //$NON-NLS-2$
        if (localCa) {
            String ca = CommandEquivalents.quote("../" + CA_KEYSTORE); //$NON-NLS-1$
            commands.add(String.join(" ", "runmqakm -certreq -create -db", db, "-stashed -label", label, "-dn", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    CommandEquivalents.quote(spec.serverDn()), keyOptions, san, "-file qmgr.csr")); //$NON-NLS-1$
            commands.add(String.join(" ", "runmqakm -cert -sign -db", ca, "-pw", password, "-label", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    CommandEquivalents.quote(CA_LABEL), "-file qmgr.csr -target qmgr.pem -expire", Integer.toString(LEAF_DAYS))); //$NON-NLS-1$
            // the CA first, so that the reply's chain is complete; it also accepts clients the CA signed
            commands.add(CommandEquivalents.runmqakmTrust(spec.keyRepositoryStem() + ".p12", CA_LABEL, "../" + CA_CERTIFICATE)); //$NON-NLS-1$ //$NON-NLS-2$
            commands.add(String.join(" ", "runmqakm -cert -receive -db", db, "-stashed -file qmgr.pem -format ascii")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } else {
            commands.add(String.join(" ", "runmqakm -cert -create -db", db, "-stashed -label", label, "-dn", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    CommandEquivalents.quote(spec.serverDn()), "-x509version 3 -expire", Integer.toString(LEAF_DAYS), keyOptions, san)); //$NON-NLS-1$
            // the clients must trust this new certificate in place of the one mqsec made
            commands.add(String.join(" ", "runmqakm -cert -extract -db", db, "-stashed -label", label, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "-target", CommandEquivalents.quote("../" + CLIENT_FOLDER + "/" + SERVER_CERTIFICATE), "-format ascii")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            if (spec.mutualTls()) {
                commands.add(CommandEquivalents.runmqakmTrust(spec.keyRepositoryStem() + ".p12", spec.clientLabel(), //$NON-NLS-1$
                        "../" + CLIENT_FOLDER + "/" + CLIENT_ISSUERS)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return CommandEquivalents.script(List.of(
                "The queue manager's key repository made with IBM's runmqakm (GSKit) on the queue manager's machine,", //$NON-NLS-1$
                "so that its private key never leaves it. mqsec wrote " + SERVER_FOLDER + "/" + SERVER_KEYSTORE //$NON-NLS-1$ //$NON-NLS-2$
                        + " already: run this instead of deploying that file, from a copy of the whole output folder."), //$NON-NLS-1$
                commands);
    }

    /**
     * For C clients that keep a CMS key database: the client's PKCS#12 imported into client.kdb with
     * runmqakm, and the CA (or the queue manager's certificate) trusted; the password is asked for.
     */
    public static String clientRunmqakm(TlsChannelSpec spec, boolean localCa) {
        String kdb = TlsChannelPlan.CLIENT_KEYSTORE + ".kdb"; //$NON-NLS-1$
        List<String> commands = new ArrayList<>();
        commands.add(CommandEquivalents.runmqakmCreate(kdb, "cms", true)); //$NON-NLS-1$
        if (spec.mutualTls()) {
            commands.add(CommandEquivalents.runmqakmImportPkcs12(TlsChannelPlan.CLIENT_KEYSTORE + ".p12", kdb, "cms", spec.clientLabel())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        commands.add(CommandEquivalents.runmqakmTrust(kdb, localCa ? CA_LABEL : spec.certificateLabel(),
                localCa ? "../" + CA_CERTIFICATE : SERVER_CERTIFICATE)); //$NON-NLS-1$
        return CommandEquivalents.script(List.of("mqsec wrote " + kdb + " (CMS version 6) and its stash already. This makes the same " //$NON-NLS-1$ //$NON-NLS-2$
                + "from " + TlsChannelPlan.CLIENT_KEYSTORE + ".p12 with runmqakm (GSKit), for a GSKit build that does not read version 6;", //$NON-NLS-1$ //$NON-NLS-2$
                "set SSLKeyRepository in mqclient.ini to the path without .kdb."), commands); //$NON-NLS-1$
    }

    /** IBM MQ's JSON CCDT with one client connection channel. */
    public static String ccdt(TlsChannelSpec spec) {
        JsonObject connection = new JsonObject();
        connection.addProperty("host", spec.host()); //$NON-NLS-1$
        connection.addProperty("port", spec.port()); //$NON-NLS-1$
        JsonArray connections = new JsonArray();
        connections.add(connection);
        JsonObject clientConnection = new JsonObject();
        clientConnection.add("connection", connections); //$NON-NLS-1$
        clientConnection.addProperty("queueManager", spec.queueManager()); //$NON-NLS-1$
        JsonObject security = new JsonObject();
        security.addProperty("cipherSpecification", spec.clientCipherSpec()); //$NON-NLS-1$
        if (spec.mutualTls()) {
            security.addProperty("certificateLabel", spec.clientLabel()); //$NON-NLS-1$
        }
        security.addProperty("certificatePeerName", spec.serverDn()); //$NON-NLS-1$
        JsonObject channel = new JsonObject();
        channel.addProperty("name", spec.channel()); //$NON-NLS-1$
        channel.addProperty("type", "clientConnection"); //$NON-NLS-1$ //$NON-NLS-2$
        channel.add("clientConnection", clientConnection); //$NON-NLS-1$
        channel.add("transmissionSecurity", security); //$NON-NLS-1$
        JsonArray channels = new JsonArray();
        channels.add(channel);
        JsonObject root = new JsonObject();
        root.add("channel", channels); //$NON-NLS-1$
        return GSON.toJson(root) + "\n"; //$NON-NLS-1$
    }
}
