package org.mqsec.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mqsec.core.dn.CertificateName;
import org.mqsec.core.dn.DnAttribute;
import org.mqsec.core.dn.Rfc4514Names;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.zos.KeyRingCommand;
import org.mqsec.core.zos.RacfJob;
import org.mqsec.core.zos.RacfNames;
import org.mqsec.core.zos.RacfSubjects;

/**
 * RACDCERT commands and the job that runs them, against what IBM documents: seed 000 (IBM Z
 * TechBytes "MQ for z/OS Security 101", IBM's own slides) runs the whole TLS workflow with
 * RACDCERT, and its commands are compared here operand by operand with ours; IBM MQ's "Creating a
 * self-signed personal certificate on z/OS" forms (quoted in the same seed) are compared exactly.
 */
class ZosRacfTest {

    private static final LocalDate END = LocalDate.of(2029, 12, 31);

    /**
     * A TSO command as a set of operands, so that two spellings compare equal when they say the same:
     * upper case outside quotes, each KEYWORD(...) with its own operands as a set, and the date
     * written as in IBM's reference (the seed writes 2029/12/31, the RACF reference yyyy-mm-dd).
     */
    static Set<String> operands(String command) {
        return split(command.replaceAll("(\\d{4})/(\\d{2})/(\\d{2})", "$1-$2-$3")).stream().map(ZosRacfTest::operand) //$NON-NLS-1$ //$NON-NLS-2$
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String operand(String word) {
        int open = word.indexOf('(');
        if (open < 0 || word.startsWith("'")) { //$NON-NLS-1$
            return upper(word);
        }
        String inner = word.substring(open + 1, word.length() - 1);
        return upper(word.substring(0, open)) + split(inner).stream().map(ZosRacfTest::operand).sorted().toList();
    }

    private static String upper(String word) {
        return word.startsWith("'") ? word : word.toUpperCase(Locale.ROOT); //$NON-NLS-1$
    }

    /** Words at depth 0, blanks outside quotes and parentheses separating them. */
    private static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            }
            if (c == ' ' && !quoted && depth == 0) {
                if (word.length() > 0) {
                    words.add(word.toString());
                }
                word.setLength(0);
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static Set<String> without(Set<String> operands, String... extra) {
        Set<String> rest = new TreeSet<>(operands);
        for (String e : extra) {
            assertTrue(rest.remove(e), e + " in " + operands); //$NON-NLS-1$
        }
        return rest;
    }

    @Test
    void theSeedsTlsWorkflowIsWrittenAsItsRacdcertCommands() {
        // seed 000: "On z/OS, generate the signer certificate" (our command adds the key size)
        String ca = KeyRingCommand.caCertificate("MQ CA", "CN=MQ CA,OU=ATS,O=IBM,C=US", "rsa3072", END).render(null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(operands("racdcert certauth gencert subjectsdn(CN('MQ CA') OU('ATS') O('IBM') C('US')) withlabel('MQ CA') " //$NON-NLS-1$
                + "keyusage(certsign) notafter(date(2029/12/31))"), without(operands(ca), "SIZE[3072]"), ca); //$NON-NLS-1$ //$NON-NLS-2$
        // "On z/OS, generate the personal certificate" owned by the channel initiator's user (SYSPROG in the seed)
        String chin = KeyRingCommand.certificate("SYSPROG", "MQ CHIN", "CN=MQ CHIN,OU=ATS,O=IBM,C=US", "MQ CA", "ec-p256", END, "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                .render(null);
        assertEquals(operands("racdcert id(SYSPROG) gencert subjectsdn(CN('MQ CHIN') OU('ATS') O('IBM') C('US')) withlabel('MQ CHIN') " //$NON-NLS-1$
                + "signwith(certauth label('MQ CA')) notafter(date(2029/12/31))"), without(operands(chin), "NISTECC", "SIZE[256]", "KEYUSAGE[HANDSHAKE]"), chin); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        // "create keyring and add certificates to keyring": the ring name keeps its case
        assertEquals("RACDCERT ID(SYSPROG) ADDRING(MQCHIN.KeyRing)", KeyRingCommand.addRing("sysprog", "MQCHIN.KeyRing").render(null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String caConnect = KeyRingCommand.connect("SYSPROG", "MQCHIN.KeyRing", KeyRingCommand.CERTAUTH, "MQ CA", "CERTAUTH", false).render(null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(operands("racdcert id(SYSPROG) connect(ring(MQCHIN.KeyRing) label('MQ CA') certauth usage(certauth))"), operands(caConnect)); //$NON-NLS-1$
        // the seed's "connect(ring(MQCHIN.KeyRing) label('MQ CHIN') default)" leaves the owner and usage to RACF's defaults; we name them
        // as IBM MQ's page does: CONNECT(ID(userid2) LABEL('label-name') RING(ring-name) USAGE(PERSONAL))
        String personal = KeyRingCommand.connect("SYSPROG", "MQCHIN.KeyRing", "SYSPROG", "MQ CHIN", "PERSONAL", true).render(null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals("RACDCERT ID(SYSPROG) CONNECT(ID(SYSPROG) LABEL('MQ CHIN') RING(MQCHIN.KeyRing) USAGE(PERSONAL) DEFAULT)", personal); //$NON-NLS-1$
        assertEquals("RACDCERT ID(SYSPROG) LISTRING(MQCHIN.KeyRing)", KeyRingCommand.listRing("SYSPROG", "MQCHIN.KeyRing").render(null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // "racdcert certauth export(label('MQ CA')) dsn(mq.cacert.cer)": we write the data set fully qualified, and the format
        String export = KeyRingCommand.export(KeyRingCommand.CERTAUTH, "MQ CA", "user1.mq.cacert.cer", "CERTB64").render(null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("RACDCERT CERTAUTH EXPORT(LABEL('MQ CA')) DSN('USER1.MQ.CACERT.CER') FORMAT(CERTB64)", export); //$NON-NLS-1$
        // "Move CERTREQ.CER back to z/OS and sign it" (the seed misspells certauth as "certaauth")
        String sign = KeyRingCommand.signRequest("USER1", "USER1.CERTREQ.CER", "USER1", "MQ CA", END).render(null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(operands("racdcert id(USER1) gencert('USER1.CERTREQ.CER') withlabel('USER1') signwith(certauth label('MQ CA')) " //$NON-NLS-1$
                + "notafter(date(2029/12/31))"), without(operands(sign), "KEYUSAGE[HANDSHAKE]"), sign); //$NON-NLS-1$
        assertEquals("RACDCERT ID(USER1) EXPORT(LABEL('USER1')) DSN('USER1.CERT.CER') FORMAT(CERTB64)", //$NON-NLS-1$
                KeyRingCommand.export("USER1", "USER1", "USER1.CERT.CER", "CERTB64").render(null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        // IBM MQ's page: RACDCERT ID(userid2) GENREQ(LABEL('label_name')) DSN('output_data_set_name')
        assertEquals("RACDCERT ID(CSQ1CHIN) GENREQ(LABEL('ibmWebSphereMQCSQ1')) DSN('CSQ1CHIN.CSQ1.CSR')", //$NON-NLS-1$
                KeyRingCommand.request("CSQ1CHIN", "ibmWebSphereMQCSQ1", "CSQ1CHIN.CSQ1.CSR").render(null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("RACDCERT ID(CSQ1CHIN) ADD('CSQ1CHIN.CSQ1.CRT') WITHLABEL('ibmWebSphereMQCSQ1') TRUST", //$NON-NLS-1$
                KeyRingCommand.addCertificate("CSQ1CHIN", "CSQ1CHIN.CSQ1.CRT", "ibmWebSphereMQCSQ1").render(null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // the reference's MAP example: filters most specific first, periods between RDNs
        assertEquals("RACDCERT ID(APPUSER) MAP SDNFILTER('CN=app1.OU=Payments.O=Example.C=GB') IDNFILTER('CN=MQ Test CA.OU=MQ.O=Example.C=GB') " //$NON-NLS-1$
                + "WITHLABEL('APP1MAP')", KeyRingCommand.map("APPUSER", "CN=app1,OU=Payments,O=Example,C=GB", "CN=MQ Test CA,OU=MQ,O=Example,C=GB", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "APP1MAP").render(null)); //$NON-NLS-1$
        assertEquals("SETROPTS RACLIST(DIGTCERT DIGTRING DIGTNMAP) REFRESH", KeyRingCommand.refresh().render(null)); //$NON-NLS-1$
    }

    @Test
    void theSeedsWorkflowIsOneJobOfRecordsNoWiderThan72ColumnsThatReadsBackToTheSameCommands() {
        List<String> commands = List.of(
                KeyRingCommand.caCertificate("MQ CA", "CN=MQ CA,OU=ATS,O=IBM,C=US", "rsa3072", END).render(null), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                KeyRingCommand.certificate("SYSPROG", "MQ CHIN", "CN=MQ CHIN,OU=ATS,O=IBM,C=US", "MQ CA", "rsa3072", END, "zos.example.com") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                        .render(null),
                KeyRingCommand.addRing("SYSPROG", "MQCHIN.KeyRing").render(null), //$NON-NLS-1$ //$NON-NLS-2$
                KeyRingCommand.connect("SYSPROG", "MQCHIN.KeyRing", KeyRingCommand.CERTAUTH, "MQ CA", "CERTAUTH", false).render(null), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                KeyRingCommand.connect("SYSPROG", "MQCHIN.KeyRing", "SYSPROG", "MQ CHIN", "PERSONAL", true).render(null), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                KeyRingCommand.listRing("SYSPROG", "MQCHIN.KeyRing").render(null), //$NON-NLS-1$ //$NON-NLS-2$
                KeyRingCommand.export(KeyRingCommand.CERTAUTH, "MQ CA", "USER1.MQ.CACERT.CER", "CERTB64").render(null), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                KeyRingCommand.signRequest("USER1", "USER1.CERTREQ.CER", "USER1", "MQ CA", END).render(null), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                KeyRingCommand.export("USER1", "USER1", "USER1.CERT.CER", "CERTB64").render(null), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                KeyRingCommand.refresh().render(null));
        String job = RacfJob.write(RacfJob.DEFAULT_JOB_CARD, "TLS for ZQS1 as in IBM Z TechBytes MQ for z/OS Security 101", commands); //$NON-NLS-1$
        String[] lines = job.split("\n"); //$NON-NLS-1$
        assertEquals(RacfJob.DEFAULT_JOB_CARD, lines[0]);
        assertTrue(job.contains("\n//RACF     EXEC PGM=IKJEFT01,REGION=0M\n//SYSTSPRT DD SYSOUT=*\n//SYSTSIN  DD *\n"), job); //$NON-NLS-1$
        assertEquals("/*", lines[lines.length - 1]); //$NON-NLS-1$
        for (String line : lines) {
            assertTrue(line.length() <= 72, line.length() + ": " + line); //$NON-NLS-1$
            assertFalse(line.contains("\t"), line); //$NON-NLS-1$
        }
        long instream = java.util.Arrays.stream(lines).filter(l -> !l.startsWith("//") && !l.startsWith("/*")).count(); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(instream > commands.size(), "long commands are continued: " + job); //$NON-NLS-1$
        assertEquals(commands, RacfJob.commands(job));
    }

    @Test
    void anOperandTooLongForARecordIsCutWithAPlusSoThatItsTextJoinsAgain() {
        String long64 = "app-" + "x".repeat(60); //$NON-NLS-1$ //$NON-NLS-2$
        String dn = "CN=" + long64 + ",OU=" + "y".repeat(64) + ",O=Example,C=GB"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        String map = KeyRingCommand.map("APPUSER", dn, "", "LONG").render(null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String job = RacfJob.write(RacfJob.DEFAULT_JOB_CARD, "map", List.of(map)); //$NON-NLS-1$
        assertTrue(job.lines().anyMatch(l -> l.endsWith("+") && !l.endsWith(" +")), job); //$NON-NLS-1$ //$NON-NLS-2$
        job.lines().forEach(l -> assertTrue(l.length() <= 72, l));
        assertEquals(List.of(map), RacfJob.commands(job));
    }

    @Test
    void subjectsRoundTripThroughSubjectsdnOrAreRefusedWithTheirCode() {
        Random random = new Random(15);
        List<DnAttribute> keywords = List.of(DnAttribute.CN, DnAttribute.T, DnAttribute.OU, DnAttribute.O, DnAttribute.L, DnAttribute.ST,
                DnAttribute.C);
        String alphabet = "abcXYZ019 -'&,+=\"\\#;<>"; //$NON-NLS-1$
        int rendered = 0;
        for (int i = 0; i < 2000; i++) {
            List<List<CertificateName.Attribute>> rdns = new ArrayList<>();
            for (DnAttribute attribute : keywords) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                StringBuilder value = new StringBuilder();
                int length = attribute == DnAttribute.C ? 2 : 1 + random.nextInt(20);
                for (int c = 0; c < length; c++) {
                    value.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                rdns.add(List.of(new CertificateName.Attribute(attribute.oid(), value.toString())));
            }
            if (rdns.isEmpty()) {
                continue;
            }
            CertificateName name = CertificateName.of(rdns);
            RacfSubjects.Rendering rendering = RacfSubjects.render(name);
            assertTrue(rendering.findings().isEmpty(), rendering.findings().toString());
            assertEquals(name, RacfSubjects.parse(rendering.text()), rendering.text());
            rendered++;
        }
        assertTrue(rendered > 1900);
        assertEquals(Set.of(RacfSubjects.MULTI_VALUED), codes(RacfSubjects.render(Rfc4514Names.parse("CN=app1+UID=7,C=GB")).findings())); //$NON-NLS-1$
        assertEquals(Set.of(RacfSubjects.ATTRIBUTE), codes(RacfSubjects.render(Rfc4514Names.parse("CN=app1,DC=example,C=GB")).findings())); //$NON-NLS-1$
        assertEquals(Set.of(RacfSubjects.REPEATED), codes(RacfSubjects.render(Rfc4514Names.parse("CN=app1,OU=a,OU=b,C=GB")).findings())); //$NON-NLS-1$
        assertEquals(Set.of(RacfSubjects.ORDER), codes(RacfSubjects.render(Rfc4514Names.parse("C=GB,O=Example,CN=app1")).findings())); //$NON-NLS-1$
        assertEquals("SUBJECTSDN(CN('O''Brien') O('Example') C('GB'))", RacfSubjects.render(Rfc4514Names.parse("CN=O'Brien,O=Example,C=GB")).text()); //$NON-NLS-1$ //$NON-NLS-2$
        assertThrows(IllegalArgumentException.class, () -> RacfSubjects.parse("SUBJECTSDN(XX('a'))")); //$NON-NLS-1$
    }

    @Test
    void namesRacfWouldRefuseAreRefusedBeforeAJobIsWritten() {
        assertEquals(Set.of(RacfNames.USER_ID), codes(KeyRingCommand.addRing("CHINUSER99", "RING").check())); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Set.of(RacfNames.RING), codes(KeyRingCommand.addRing("CSQ1CHIN", "my ring").check())); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Set.of(RacfNames.LABEL), codes(KeyRingCommand.export("CSQ1CHIN", "a label longer than thirty-two chars", "A.B", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "CERTB64").check())); //$NON-NLS-1$
        assertEquals(Set.of(RacfNames.DATASET), codes(KeyRingCommand.export("CSQ1CHIN", "L", "1BAD.NAME", "CERTB64").check())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Set.of(KeyRingCommand.FORMAT), codes(KeyRingCommand.export("CSQ1CHIN", "L", "A.B", "PEM").check())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Set.of(KeyRingCommand.WEAK_KEY), codes(KeyRingCommand.caCertificate("CA", "CN=CA,O=Example,C=GB", "rsa2048", END).check())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Set.of(KeyRingCommand.KEY), codes(KeyRingCommand.caCertificate("CA", "CN=CA,O=Example,C=GB", "dsa1024", END).check())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Set.of(RacfNames.LABEL), codes(KeyRingCommand.addCertificate("CSQ1CHIN", "A.B", "line\nbreak").check())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // a PKCS#12 export holds its password in the job: written only when one is given
        KeyRingCommand p12 = KeyRingCommand.export("CSQ1CHIN", "L", "A.B", "PKCS12B64"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> p12.render(null));
        assertTrue(refused.getMessage().contains("password"), refused.getMessage()); //$NON-NLS-1$
        assertEquals("RACDCERT ID(CSQ1CHIN) EXPORT(LABEL('L')) DSN('A.B') FORMAT(PKCS12B64) PASSWORD('it''s')", p12.render("it's".toCharArray())); //$NON-NLS-1$ //$NON-NLS-2$
        // job cards: a JOB statement first, JCL lines of at most 71 columns
        assertTrue(RacfJob.checkJobCard(RacfJob.DEFAULT_JOB_CARD).isEmpty());
        assertEquals(Set.of(RacfJob.JOB_CARD), codes(RacfJob.checkJobCard("RACDCERT LIST"))); //$NON-NLS-1$
        assertEquals(Set.of(RacfJob.JOB_CARD), codes(RacfJob.checkJobCard("//MYJOB JOB (A)\n// " + "X".repeat(80)))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(), RacfJob.checkJobCard("//MYJOB JOB (A),'ME',\n//  CLASS=A")); //$NON-NLS-1$
        assertNull(RacfSubjects.render(CertificateName.of(List.of())).text());
    }

    static Set<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
    }
}
