package org.casework.api.erasure;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.UUID;

/**
 * Envelope encryption of the files' keys: with a master key (a Tink AEAD keyset from a file or the environment,
 * never in the database), each stored keyset is wrapped with it, bound to its file, so a dump of the database alone
 * decrypts nothing. Without one, keysets are stored as they are; a wrapped one then cannot be used.
 */
public final class MasterKey {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink AEAD is not available", e);
        }
    }

    /** Never the first bytes of a Tink binary keyset (a protobuf whose first field is 1). */
    static final byte[] WRAPPED = "wrapped:v1:".getBytes(StandardCharsets.US_ASCII);

    private final Aead aead;

    private MasterKey(Aead aead) {
        this.aead = aead;
    }

    static MasterKey none() {
        return new MasterKey(null);
    }

    /** From a Tink JSON keyset, given as text ({@code json}) or in a file; none when both are blank. */
    static MasterKey of(String json, Path file) {
        try {
            String keyset = json != null && !json.isBlank() ? json
                    : file != null && !file.toString().isBlank() ? Files.readString(file) : null;
            if (keyset == null) {
                return none();
            }
            return new MasterKey(TinkJsonProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get())
                    .getPrimitive(RegistryConfiguration.get(), Aead.class));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("the master key (casework.erasure.master-key-file or"
                    + " casework.erasure.master-key) is no readable Tink AEAD keyset", e);
        }
    }

    /** A new master key in a new file, readable by its owner only. */
    public static void create(Path file) throws IOException, GeneralSecurityException {
        String json = TinkJsonProtoKeysetFormat.serializeKeyset(
                KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get());
        Files.writeString(file, json, StandardOpenOption.CREATE_NEW);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    boolean configured() {
        return aead != null;
    }

    static boolean wrapped(byte[] stored) {
        return stored.length > WRAPPED.length && Arrays.equals(stored, 0, WRAPPED.length, WRAPPED, 0, WRAPPED.length);
    }

    /** The keyset as it is stored: wrapped when a master key is configured. */
    byte[] wrap(UUID file, byte[] keyset) {
        if (aead == null) {
            return keyset;
        }
        try {
            byte[] sealed = aead.encrypt(keyset, associatedData(file));
            byte[] stored = Arrays.copyOf(WRAPPED, WRAPPED.length + sealed.length);
            System.arraycopy(sealed, 0, stored, WRAPPED.length, sealed.length);
            return stored;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap the key of " + file, e);
        }
    }

    byte[] unwrap(UUID file, byte[] stored) {
        if (!wrapped(stored)) {
            return stored;
        }
        if (aead == null) {
            throw new IllegalStateException("the key of " + file + " is wrapped with a master key, and none is"
                    + " configured (casework.erasure.master-key-file)");
        }
        try {
            return aead.decrypt(Arrays.copyOfRange(stored, WRAPPED.length, stored.length), associatedData(file));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key of " + file + " does not unwrap with the configured master key",
                    e);
        }
    }

    private static byte[] associatedData(UUID file) {
        return ("personal-data-key:" + file).getBytes(StandardCharsets.US_ASCII);
    }
}
