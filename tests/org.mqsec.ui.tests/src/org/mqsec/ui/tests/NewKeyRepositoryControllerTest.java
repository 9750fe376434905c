package org.mqsec.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.crypto.operations.CreateKeyRepositoryOperation;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.StashFile;
import org.mqsec.testing.KeystoreFixtures;
import org.mqsec.ui.internal.wizards.NewKeyRepositoryController;
import org.mqsec.ui.internal.wizards.NewKeyRepositoryModel;

/**
 * The New Key Repository wizard's page sees the disk through a Job, so its findings may be a moment
 * old; Finish's own write checks again and refuses what the page would have refused.
 */
final class NewKeyRepositoryControllerTest {

    private static final KeystoreFixtures FIXTURES = KeystoreFixtures.get();

    private static NewKeyRepositoryController controllerFor(Path folder) {
        NewKeyRepositoryModel model = new NewKeyRepositoryModel();
        model.queueManager = "QM1"; //$NON-NLS-1$
        model.folder = folder.toString();
        return new NewKeyRepositoryController(model);
    }

    @Test
    void aFileAlreadyThereIsRefusedAndLeftAsItWas() throws Exception {
        Path folder = FIXTURES.scratch("new-repository-refused"); //$NON-NLS-1$
        Path existing = folder.resolve("key.p12"); //$NON-NLS-1$
        Files.copy(FIXTURES.file("openssl-default.p12"), existing); //$NON-NLS-1$
        byte[] before = Files.readAllBytes(existing);

        KeyRepositoryException refused = assertThrows(KeyRepositoryException.class,
                () -> controllerFor(folder).operation(KeystoreFixtures.PASSWORD.toCharArray()).run(null));
        assertEquals(List.of(CreateKeyRepositoryOperation.EXISTS), codes(refused));
        assertArrayEquals(before, Files.readAllBytes(existing));
        assertFalse(Files.exists(StashFile.besides(existing)), "no stash written either"); //$NON-NLS-1$
    }

    @Test
    void aMissingFolderIsRefusedAndNotMade() throws Exception {
        Path missing = FIXTURES.scratch("new-repository-no-folder").resolve("not-made-yet"); //$NON-NLS-1$ //$NON-NLS-2$

        KeyRepositoryException refused = assertThrows(KeyRepositoryException.class,
                () -> controllerFor(missing).operation(KeystoreFixtures.PASSWORD.toCharArray()).run(null));
        assertEquals(List.of(CreateKeyRepositoryOperation.NO_FOLDER), codes(refused));
        assertFalse(Files.exists(missing));
    }

    @Test
    void anExistingFolderGetsTheNewRepositoryAndItsStash() throws Exception {
        Path folder = FIXTURES.scratch("new-repository-made"); //$NON-NLS-1$

        Path created = controllerFor(folder).operation(KeystoreFixtures.PASSWORD.toCharArray()).run(null);
        assertEquals(folder.resolve("key.p12"), created); //$NON-NLS-1$
        assertEquals(java.util.Map.of(), KeyRepositoryFormatsTest.keytoolEntries(created), "keytool reads an empty PKCS#12"); //$NON-NLS-1$
        assertTrue(Files.exists(StashFile.besides(created)));
    }

    @Test
    void choosingCmsNamesTheFileKdbAndWritesAVersion6DatabaseWithAStashThatOpensIt() throws Exception {
        Path folder = FIXTURES.scratch("new-repository-cms"); //$NON-NLS-1$
        NewKeyRepositoryController controller = controllerFor(folder);
        controller.chooseFormat(org.mqsec.crypto.keystore.KeyRepositoryFormat.CMS);
        assertEquals("key.kdb", controller.model().fileName); //$NON-NLS-1$
        Path created = controller.operation(KeystoreFixtures.PASSWORD.toCharArray()).run(null);
        assertEquals(folder.resolve("key.kdb"), created); //$NON-NLS-1$
        byte[] kdb = Files.readAllBytes(created);
        assertEquals(List.of(0x37, 0x48, 6, 2), List.of(kdb[0] & 0xFF, kdb[1] & 0xFF, (int) kdb[2], (int) kdb[3]));
        assertEquals(144, kdb.length, "an empty version 6 database is 144 bytes, as GSKit's are"); //$NON-NLS-1$
        assertEquals(193, Files.size(StashFile.besides(created)));
        assertEquals(org.mqsec.crypto.keystore.KeyRepositoryFormat.CMS, new org.mqsec.crypto.keystore.FileKeyRepositoryLocation(created)
                .open(org.mqsec.crypto.keystore.PasswordSource.NONE, null).format());
        controller.chooseFormat(org.mqsec.crypto.keystore.KeyRepositoryFormat.PKCS12);
        assertEquals("key.p12", controller.model().fileName); //$NON-NLS-1$
    }

    private static List<String> codes(KeyRepositoryException refused) {
        return refused.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::code).toList();
    }
}
