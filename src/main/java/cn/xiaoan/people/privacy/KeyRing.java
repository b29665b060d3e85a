package cn.xiaoan.people.privacy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.spec.SecretKeySpec;

/**
 * The keys derived from each master key with HKDF-SHA256 under distinct labels: one to
 * encrypt, one for the blind index. The highest id is current. Key 1 also answers for the
 * first format (before ADR 0015), which used the master key itself for AES and the master
 * key with its first byte flipped for HMAC.
 */
final class KeyRing {

	static final byte[] ENCRYPTION_INFO = "xiaoan/people/personal-data/aes-256-gcm/v1".getBytes(StandardCharsets.UTF_8);

	static final byte[] INDEX_INFO = "xiaoan/people/blind-index/hmac-sha256/v1".getBytes(StandardCharsets.UTF_8);

	record Keys(int id, SecretKeySpec encryption, SecretKeySpec index) {
	}

	private final Map<Integer, Keys> keys = new TreeMap<>();

	private final Keys current;

	private final Keys legacy;

	KeyRing(List<MasterKey> masters) {
		Keys last = null;
		Keys first = null;
		for (MasterKey master : masters) {
			Keys derived = new Keys(master.id(),
					new SecretKeySpec(Hkdf.derive(master.material(), null, ENCRYPTION_INFO, 32), "AES"),
					new SecretKeySpec(Hkdf.derive(master.material(), null, INDEX_INFO, 32), "HmacSHA256"));
			keys.put(master.id(), derived);
			last = derived;
			if (master.id() == 1) {
				byte[] mac = master.material().clone();
				mac[0] ^= 0x5a;
				first = new Keys(0, new SecretKeySpec(master.material(), "AES"), new SecretKeySpec(mac, "HmacSHA256"));
			}
		}
		this.current = last;
		this.legacy = first;
	}

	Keys current() {
		return current;
	}

	/**
	 * The keys with that id, or null; id 0 is the first format's (key 1's material as
	 * is).
	 */
	Keys get(int id) {
		return id == 0 ? legacy : keys.get(id);
	}

	/** Every blind-index key a stored index may have been made with, current first. */
	List<SecretKeySpec> indexKeys() {
		List<SecretKeySpec> all = new java.util.ArrayList<>();
		all.add(current.index());
		keys.values().stream().filter(k -> k != current).forEach(k -> all.add(k.index()));
		if (legacy != null) {
			all.add(legacy.index());
		}
		return all;
	}

	java.util.Set<Integer> ids() {
		return keys.keySet();
	}

}
