package org.casework.api.backup;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/**
 * The key that encrypts the key archives (Tink streaming AEAD, AES-256-GCM-HKDF in 1 MB segments), kept in a file
 * of its own as a Tink JSON keyset, away from both the database and the archives.
 */
final class BackupKey {

    static {
        try {
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink streaming AEAD is not available", e);
        }
    }

    private static final byte[] ASSOCIATED_DATA = "casework key archive".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final StreamingAead aead;

    private BackupKey(Path file, StreamingAead aead) {
        this.file = file;
        this.aead = aead;
    }

    static BackupKey read(Path file) {
        if (file == null) {
            throw new BackupException("no backup key: give --backup-key=FILE or set CASEWORK_BACKUP_KEY_FILE"
                    + " (a new one: backup-key --out=FILE)");
        }
        try {
            KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file),
                    InsecureSecretKeyAccess.get());
            return new BackupKey(file, keyset.getPrimitive(RegistryConfiguration.get(), StreamingAead.class));
        } catch (IOException e) {
            throw new BackupException("the backup key " + file + " cannot be read: " + e.getMessage(), e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new BackupException("the backup key " + file + " is no Tink keyset for streaming encryption", e);
        }
    }

    /** A new key in a new file, readable by its owner only; an existing file is never overwritten. */
    static void create(Path file) {
        try {
            KeysetHandle keyset = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB);
            String json = TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, json, StandardOpenOption.CREATE_NEW);
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (FileAlreadyExistsException e) {
            throw new BackupException(file + " exists already; a backup key is never overwritten", e);
        } catch (IOException | GeneralSecurityException e) {
            throw new BackupException("cannot write a backup key to " + file + ": " + e.getMessage(), e);
        }
    }

    OutputStream encrypting(OutputStream archive) throws IOException {
        try {
            return aead.newEncryptingStream(archive, ASSOCIATED_DATA);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encrypt with the backup key " + file, e);
        }
    }

    InputStream decrypting(InputStream archive) throws IOException {
        try {
            return aead.newDecryptingStream(archive, ASSOCIATED_DATA);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot decrypt with the backup key " + file, e);
        }
    }

    Path file() {
        return file;
    }
}
