package cn.xiaoan.people.privacy;

import java.util.Base64;

/**
 * One master key of the ring: its id (stored in every ciphertext made with it) and 32
 * random bytes. Written as {@code id:base64}; a line or variable holding only base64 is
 * key 1, the single key of installations from before key ids.
 */
record MasterKey(int id, byte[] material) {

	MasterKey {
		if (id < 1 || id > 0xffff) {
			throw new IllegalStateException("a key id is a number from 1 to 65535, not " + id);
		}
		if (material.length != 32) {
			throw new IllegalStateException("master key " + id + " must be 32 bytes (base64), not " + material.length);
		}
	}

	static MasterKey parse(String entry) {
		String text = entry.trim();
		int colon = text.indexOf(':');
		try {
			if (colon < 0) {
				return new MasterKey(1, Base64.getDecoder().decode(text));
			}
			return new MasterKey(Integer.parseInt(text.substring(0, colon).trim()),
					Base64.getDecoder().decode(text.substring(colon + 1).trim()));
		}
		catch (IllegalArgumentException ex) {
			// never echo the entry: it is a secret
			throw new IllegalStateException("a master key entry is not <id>:<base64 of 32 bytes>");
		}
	}

	String format() {
		return id + ":" + Base64.getEncoder().encodeToString(material);
	}

	@Override
	public String toString() {
		return "MasterKey[" + id + "]";
	}

}
