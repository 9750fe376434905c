package org.mqsec.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;
import org.mqsec.crypto.pkcs11.TokenBrowser;
import org.mqsec.crypto.pkcs11.TokenEntry;
import org.mqsec.crypto.pkcs11.TokenInfoView;
import org.mqsec.crypto.pkcs11.TokenObject;
import org.mqsec.crypto.pkcs11.TokenObject.Flag;
import org.mqsec.crypto.pkcs11.TokenObject.Kind;
import org.mqsec.crypto.pkcs11.TokenSelector;
import org.mqsec.testing.SoftHsm;

/**
 * A SoftHSM2 token filled by pkcs11-tool and openssl, read by us object by object and compared with
 * what pkcs11-tool --list-objects says of the same token.
 */
class TokenBrowserTest {

    private static SoftHsm hsm;

    @BeforeAll
    static void token() throws Exception {
        Assumptions.assumeTrue(SoftHsm.available(), "SoftHSM2 is not installed"); //$NON-NLS-1$
        hsm = SoftHsm.get();
    }

    private static TokenBrowser.Contents read(char[] pin) throws KeyRepositoryException {
        return TokenBrowser.read(SoftHsm.LIBRARY, TokenSelector.label(SoftHsm.TOKEN), pin, new NullProgressMonitor());
    }

    @Test
    void theSlotListShowsTheTokenWithItsFlagsAndTheFreeSlot() throws Exception {
        List<TokenInfoView> slots = TokenBrowser.slots(SoftHsm.LIBRARY);
        TokenInfoView token = slots.stream().filter(s -> s.label().equals(SoftHsm.TOKEN)).findFirst().orElseThrow();
        assertEquals("SoftHSM project", token.manufacturer()); //$NON-NLS-1$
        assertTrue(token.initialized() && token.loginRequired() && !token.pinLocked(), token.toString());
        // SoftHSM always offers one more slot with an uninitialised token
        assertTrue(slots.stream().anyMatch(s -> s.present() && !s.initialized()), slots.toString());
        // the serial pkcs11-tool reports for the token
        assertTrue(hsm.run("pkcs11-tool", "--module", SoftHsm.LIBRARY, "--list-slots").contains("serial num         : " + token.serial()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                token.serial());
    }

    @Test
    void everyObjectPkcs11ToolListsIsReadWithItsAttributesAndPairedById() throws Exception {
        TokenBrowser.Contents contents = read(SoftHsm.PIN.toCharArray());
        assertTrue(contents.loggedIn());
        // pkcs11-tool's own listing, object by object: "<Kind> Object; ..." then "  label: ..."
        String listing = hsm.tool("--list-objects"); //$NON-NLS-1$
        Matcher matcher = Pattern.compile( //
                "(?m)^(Private Key|Public Key|Secret Key|Certificate|Data) Object.*\\n(?:[ \\t]+(?!label:)[^\\n]*\\n)*[ \\t]+label:\\s+(\\S+)").matcher(listing); //$NON-NLS-1$
        List<String> theirs = new java.util.ArrayList<>();
        while (matcher.find()) {
            theirs.add(matcher.group(1) + "/" + matcher.group(2)); //$NON-NLS-1$
        }
        Map<Kind, String> names = Map.of(Kind.PRIVATE_KEY, "Private Key", Kind.PUBLIC_KEY, "Public Key", Kind.SECRET_KEY, "Secret Key", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Kind.CERTIFICATE, "Certificate", Kind.DATA, "Data"); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> ours = contents.objects().stream().map(o -> names.get(o.kind()) + "/" + o.label()).toList(); //$NON-NLS-1$
        assertEquals(theirs.stream().sorted().toList(), ours.stream().sorted().toList(), listing);

        TokenObject ecKey = object(contents, Kind.PRIVATE_KEY, "ec-key"); //$NON-NLS-1$
        assertEquals("EC", ecKey.keyType()); //$NON-NLS-1$
        assertEquals("P-256", ecKey.curve()); //$NON-NLS-1$
        assertEquals(256, ecKey.keySize());
        assertEquals("02", ecKey.id()); //$NON-NLS-1$
        assertTrue(ecKey.has(Flag.SENSITIVE) && !ecKey.has(Flag.EXTRACTABLE) && ecKey.has(Flag.SIGN) && ecKey.has(Flag.LOCAL), ecKey.flags().toString());
        TokenObject appKey = object(contents, Kind.PRIVATE_KEY, "app-key"); //$NON-NLS-1$
        assertEquals("RSA", appKey.keyType()); //$NON-NLS-1$
        assertEquals(3072, appKey.keySize());
        assertFalse(appKey.has(Flag.LOCAL), "written from a file, not generated on the token"); //$NON-NLS-1$
        assertEquals(256, object(contents, Kind.SECRET_KEY, "aes-key").keySize()); //$NON-NLS-1$
        TokenObject caCertificate = object(contents, Kind.CERTIFICATE, "external-ca"); //$NON-NLS-1$
        assertNotNull(caCertificate.certificate());
        assertEquals("CN=External CA,O=Partner", caCertificate.certificate().getSubjectX500Principal().getName()); //$NON-NLS-1$

        Map<String, TokenEntry.Kind> entries = contents.entries().stream()
                .collect(Collectors.toMap(TokenEntry::label, TokenEntry::kind));
        assertEquals(Map.of("app-key", TokenEntry.Kind.KEY_AND_CERTIFICATE, "ec-key", TokenEntry.Kind.KEY_WITHOUT_CERTIFICATE, //$NON-NLS-1$ //$NON-NLS-2$
                "external-ca", TokenEntry.Kind.CERTIFICATE_ONLY, "lonely-pub", TokenEntry.Kind.PUBLIC_KEY_ONLY, //$NON-NLS-1$ //$NON-NLS-2$
                "aes-key", TokenEntry.Kind.SECRET_KEY), entries); //$NON-NLS-1$
        TokenEntry app = contents.entries().stream().filter(e -> e.label().equals("app-key")).findFirst().orElseThrow(); //$NON-NLS-1$
        assertTrue(app.visibleToJavaKeyStore());
        assertEquals("CN=app1,O=Example", app.certificate().certificate().getSubjectX500Principal().getName()); //$NON-NLS-1$
        // what Java's KeyStore API would hide: the orphan key, the untrusted certificate, the lone public key
        assertEquals(List.of("ec-key", "external-ca", "lonely-pub"), contents.entries().stream().filter(e -> !e.visibleToJavaKeyStore()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .map(TokenEntry::label).sorted().toList());
    }

    @Test
    void withoutAPinOnlyPublicObjectsAreRead() throws Exception {
        TokenBrowser.Contents contents = read(null);
        assertFalse(contents.loggedIn());
        // exactly the objects that are not CKA_PRIVATE: here every object but the private keys
        List<String> everything = read(SoftHsm.PIN.toCharArray()).objects().stream().filter(o -> !o.has(Flag.PRIVATE))
                .map(o -> o.kind() + "/" + o.label()).sorted().toList(); //$NON-NLS-1$
        assertEquals(everything, contents.objects().stream().map(o -> o.kind() + "/" + o.label()).sorted().toList()); //$NON-NLS-1$
        assertTrue(contents.objects().stream().noneMatch(o -> o.kind() == Kind.PRIVATE_KEY), contents.objects().toString());
        assertTrue(contents.objects().stream().anyMatch(o -> o.label().equals("external-ca")), contents.objects().toString()); //$NON-NLS-1$
    }

    @Test
    void aWrongPinAMissingLibraryAndALibraryThatIsNotPkcs11AreToldInWords() throws Exception {
        KeyRepositoryException wrong = assertThrows(KeyRepositoryException.class, () -> read("999999".toCharArray())); //$NON-NLS-1$
        assertEquals(Problem.WRONG_PASSWORD, wrong.problem());
        assertTrue(wrong.getMessage().contains("The PIN for token mqsec-test is not correct"), wrong.getMessage()); //$NON-NLS-1$
        // the right PIN still works afterwards
        assertTrue(read(SoftHsm.PIN.toCharArray()).loggedIn());

        KeyRepositoryException missing = assertThrows(KeyRepositoryException.class, () -> TokenBrowser.slots("/opt/nowhere/libnope-pkcs11.so")); //$NON-NLS-1$
        assertEquals(Problem.NOT_FOUND, missing.problem());
        KeyRepositoryException notPkcs11 = assertThrows(KeyRepositoryException.class,
                () -> TokenBrowser.slots(java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/exe")).toString())); //$NON-NLS-1$
        assertTrue(notPkcs11.getMessage().contains("is not a PKCS#11 library"), notPkcs11.getMessage()); //$NON-NLS-1$

        KeyRepositoryException noToken = assertThrows(KeyRepositoryException.class,
                () -> TokenBrowser.read(SoftHsm.LIBRARY, TokenSelector.label("no-such-token"), null, new NullProgressMonitor())); //$NON-NLS-1$
        assertEquals(Problem.NOT_FOUND, noToken.problem());
        assertTrue(noToken.advice().contains(SoftHsm.TOKEN), noToken.advice());
    }

    private static TokenObject object(TokenBrowser.Contents contents, Kind kind, String label) {
        return contents.objects().stream().filter(o -> o.kind() == kind && o.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " " + label + " in " + contents.objects())); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
