package cn.xiaoan.people.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Encrypts minors' personal data (ID-card numbers, phones) with AES-256-GCM and makes a
 * keyed hash (HMAC-SHA256, the blind index) so duplicates can be found without
 * decrypting. Both keys are derived with HKDF from the current master key of the ring
 * ({@link MasterKeys}); a ciphertext names the key it was made with, so a new master key
 * can be added and the data re-encrypted in the background ({@link KeyRotation}, ADR
 * 0015).
 * <p>
 * Stored format: {@code 01 | key id (2 bytes) | IV (12) | ciphertext and tag}, the first
 * three bytes authenticated as associated data; {@code 00 | IV | ciphertext and tag} is
 * the first format, written before key ids, still read with key 1.
 */
@Component
public class PersonalDataCipher {

	static final byte FIRST_FORMAT = 0;

	static final byte VERSIONED = 1;

	static final int HEADER = 3;

	private static final int IV = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MasterKeys source;

	private volatile KeyRing ring;

	private volatile FileTime loaded;

	private volatile long nextCheck;

	// Cipher and Mac lookups are costly and the instances are not thread-safe: one per
	// thread, a Mac re-keyed only when another key is asked for.
	private final ThreadLocal<Cipher> ciphers = ThreadLocal
		.withInitial(() -> create(() -> Cipher.getInstance("AES/GCM/NoPadding")));

	private final ThreadLocal<KeyedMac> macs = ThreadLocal
		.withInitial(() -> new KeyedMac(create(() -> Mac.getInstance("HmacSHA256"))));

	private static final class KeyedMac {

		private final Mac mac;

		private SecretKeySpec key;

		KeyedMac(Mac mac) {
			this.mac = mac;
		}

		byte[] hash(SecretKeySpec with, byte[] data) throws GeneralSecurityException {
			if (with != key) {
				mac.init(with);
				key = with;
			}
			return mac.doFinal(data);
		}

	}

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

	PersonalDataCipher(MasterKeys source) throws IOException {
		this.source = source;
		// the time before reading: a key added meanwhile is read at the next check
		this.loaded = source.modified();
		this.ring = new KeyRing(source.load());
	}

	// A key added by keys-rotate (another process) is seen within a second, before this
	// instance writes or looks up a blind index again.
	private void recheck() {
		long now = System.nanoTime();
		if (now - nextCheck > 0) {
			nextCheck = now + 1_000_000_000L;
			reloadIfChanged();
		}
	}

	/** Reads the master keys again when the key file changed (a key added or retired). */
	void reloadIfChanged() {
		FileTime modified = source.modified();
		if (!modified.equals(loaded)) {
			reload();
		}
	}

	synchronized void reload() {
		try {
			FileTime modified = source.modified();
			ring = new KeyRing(source.load());
			loaded = modified;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] encrypt(String plain) {
		if (plain == null || plain.isEmpty()) {
			return null;
		}
		recheck();
		KeyRing.Keys keys = ring.current();
		try {
			byte[] text = plain.getBytes(StandardCharsets.UTF_8);
			byte[] out = new byte[HEADER + IV + text.length + 16];
			out[0] = VERSIONED;
			out[1] = (byte) (keys.id() >>> 8);
			out[2] = (byte) keys.id();
			byte[] iv = new byte[IV];
			RANDOM.nextBytes(iv);
			System.arraycopy(iv, 0, out, HEADER, IV);
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.ENCRYPT_MODE, keys.encryption(), new GCMParameterSpec(128, iv));
			cipher.updateAAD(out, 0, HEADER);
			cipher.doFinal(text, 0, text.length, out, HEADER + IV);
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
		int id = keyIdOf(data);
		KeyRing.Keys keys = ring.get(id);
		if (keys == null) {
			reload();
			keys = ring.get(id);
			if (keys == null) {
				throw new IllegalStateException(
						"personal data under master key " + Math.max(id, 1) + ", which is not in the ring (retired?)");
			}
		}
		try {
			Cipher cipher = ciphers.get();
			if (id == 0) {
				cipher.init(Cipher.DECRYPT_MODE, keys.encryption(), new GCMParameterSpec(128, data, 1, IV));
				return new String(cipher.doFinal(data, 1 + IV, data.length - 1 - IV), StandardCharsets.UTF_8);
			}
			cipher.init(Cipher.DECRYPT_MODE, keys.encryption(), new GCMParameterSpec(128, data, HEADER, IV));
			cipher.updateAAD(data, 0, HEADER);
			return new String(cipher.doFinal(data, HEADER + IV, data.length - HEADER - IV), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The blind index under the current key: what a new row stores. */
	public String blindIndex(String plain) {
		recheck();
		return hash(ring.current().index(), plain);
	}

	/**
	 * The blind indexes under every key of the ring, current first: what a duplicate
	 * check looks for while rows are being re-indexed under a new key.
	 */
	public List<String> blindIndexes(String plain) {
		recheck();
		return ring.indexKeys().stream().map(key -> hash(key, plain)).toList();
	}

	/** The master key a ciphertext was made with; 0 for the first format. */
	public static int keyIdOf(byte[] data) {
		if (data[0] == FIRST_FORMAT) {
			return 0;
		}
		if (data[0] != VERSIONED || data.length < HEADER + IV + 16) {
			throw new IllegalStateException("not a personal-data ciphertext");
		}
		return ((data[1] & 0xff) << 8) | (data[2] & 0xff);
	}

	/** The first bytes of every ciphertext made with the current key. */
	public byte[] currentPrefix() {
		int id = ring.current().id();
		return new byte[] { VERSIONED, (byte) (id >>> 8), (byte) id };
	}

	public int currentKeyId() {
		return ring.current().id();
	}

	public Set<Integer> keyIds() {
		return ring.ids();
	}

	private String hash(SecretKeySpec key, String plain) {
		try {
			return HexFormat.of().formatHex(macs.get().hash(key, plain.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String maskPhone(String phone) {
		if (phone == null || phone.length() < 7) {
			return phone == null ? "" : phone;
		}
		return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
	}

}
