package cn.xiaoan.people.privacy;

import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA256 (RFC 5869): one master key, several independent keys, each named
 * by its {@code info} label.
 */
final class Hkdf {

	private static final int HASH_LENGTH = 32;

	private Hkdf() {
	}

	static byte[] derive(byte[] inputKey, byte[] salt, byte[] info, int length) {
		return expand(extract(salt, inputKey), info, length);
	}

	static byte[] extract(byte[] salt, byte[] inputKey) {
		// RFC 5869 2.2: no salt means a string of HashLen zeros
		return hmac(salt == null || salt.length == 0 ? new byte[HASH_LENGTH] : salt, inputKey);
	}

	static byte[] expand(byte[] pseudoRandomKey, byte[] info, int length) {
		if (length > 255 * HASH_LENGTH) {
			throw new IllegalArgumentException("HKDF output too long: " + length);
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(pseudoRandomKey, "HmacSHA256"));
			byte[] out = new byte[length];
			byte[] block = new byte[0];
			for (int i = 1, done = 0; done < length; i++) {
				mac.update(block);
				mac.update(info);
				mac.update((byte) i);
				block = mac.doFinal();
				int n = Math.min(block.length, length - done);
				System.arraycopy(block, 0, out, done, n);
				done += n;
			}
			return out;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] hmac(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
