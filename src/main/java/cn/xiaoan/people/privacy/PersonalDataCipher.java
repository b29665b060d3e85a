package cn.xiaoan.people.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts minors' personal data (ID-card numbers, phones) with AES-256-GCM and derives a
 * keyed hash (HMAC-SHA256) so duplicates can be found without decrypting. The key comes
 * from {@code XIAOAN_DATA_KEY} (base64, 32 bytes) or, on a demo start, a key file under
 * ./data.
 */
@Component
public class PersonalDataCipher {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec aesKey;

	private final SecretKeySpec macKey;

	// Cipher and Mac lookups are costly and the instances are not thread-safe: one per
	// thread.
	private final ThreadLocal<Cipher> ciphers = ThreadLocal
		.withInitial(() -> create(() -> Cipher.getInstance("AES/GCM/NoPadding")));

	private final ThreadLocal<Mac> macs;

	private interface Factory<T> {

		T create() throws GeneralSecurityException;

	}

	private static <T> T create(Factory<T> factory) {
		try {
			return factory.create();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	PersonalDataCipher(@Value("${xiaoan.data-key:}") String key,
			@Value("${xiaoan.data-key-file:./data/keys/personal-data.key}") String keyFile) throws IOException {
		byte[] raw = key.isBlank() ? keyFromFile(Path.of(keyFile)) : Base64.getDecoder().decode(key.trim());
		if (raw.length != 32) {
			throw new IllegalStateException("xiaoan.data-key must be 32 bytes (base64)");
		}
		this.aesKey = new SecretKeySpec(raw, "AES");
		byte[] mac = raw.clone();
		mac[0] ^= 0x5a;
		this.macKey = new SecretKeySpec(mac, "HmacSHA256");
		this.macs = ThreadLocal.withInitial(() -> create(() -> {
			Mac m = Mac.getInstance("HmacSHA256");
			m.init(macKey);
			return m;
		}));
	}

	private static byte[] keyFromFile(Path file) throws IOException {
		if (Files.exists(file)) {
			return Base64.getDecoder().decode(Files.readString(file).trim());
		}
		byte[] raw = new byte[32];
		RANDOM.nextBytes(raw);
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, Base64.getEncoder().encodeToString(raw));
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system; the directory's own protection applies
		}
		return raw;
	}

	public byte[] encrypt(String plain) {
		if (plain == null || plain.isEmpty()) {
			return null;
		}
		try {
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[12 + sealed.length];
			System.arraycopy(iv, 0, out, 0, 12);
			System.arraycopy(sealed, 0, out, 12, sealed.length);
			return out;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String decrypt(byte[] data) {
		if (data == null) {
			return null;
		}
		try {
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(128, data, 0, 12));
			return new String(cipher.doFinal(data, 12, data.length - 12), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String blindIndex(String plain) {
		return HexFormat.of().formatHex(macs.get().doFinal(plain.getBytes(StandardCharsets.UTF_8)));
	}

	public static String maskPhone(String phone) {
		if (phone == null || phone.length() < 7) {
			return phone == null ? "" : phone;
		}
		return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
	}

}
