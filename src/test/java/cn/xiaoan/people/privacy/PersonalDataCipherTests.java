package cn.xiaoan.people.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Keys derived with HKDF, ciphertexts that name their key, the first format still read.
 */
class PersonalDataCipherTests {

	static final byte[] MASTER = bytes(7);

	static final byte[] SECOND = bytes(91);

	static byte[] bytes(int seed) {
		byte[] key = new byte[32];
		for (int i = 0; i < key.length; i++) {
			key[i] = (byte) (seed + i * 31);
		}
		return key;
	}

	static PersonalDataCipher cipher(String keys) throws Exception {
		return new PersonalDataCipher(new MasterKeys(keys, "", "", "target/no-such-dir/personal-data.key"));
	}

	static String entry(int id, byte[] key) {
		return id + ":" + Base64.getEncoder().encodeToString(key);
	}

	@Test
	void theEncryptionAndIndexKeysAreDerivedApartAndStable() {
		KeyRing ring = new KeyRing(List.of(new MasterKey(1, MASTER)));
		KeyRing again = new KeyRing(List.of(new MasterKey(1, MASTER.clone())));
		byte[] encryption = ring.current().encryption().getEncoded();
		byte[] index = ring.current().index().getEncoded();
		assertThat(encryption).hasSize(32).isNotEqualTo(index).isNotEqualTo(MASTER);
		assertThat(index).hasSize(32).isNotEqualTo(MASTER);
		assertThat(again.current().encryption().getEncoded()).isEqualTo(encryption);
		assertThat(again.current().index().getEncoded()).isEqualTo(index);
		// the old HMAC key was the AES key with one byte flipped; the derived ones share
		// nothing
		int same = 0;
		for (int i = 0; i < 32; i++) {
			same += encryption[i] == index[i] ? 1 : 0;
		}
		assertThat(same).isLessThan(8);
		KeyRing other = new KeyRing(List.of(new MasterKey(1, SECOND)));
		assertThat(other.current().encryption().getEncoded()).isNotEqualTo(encryption);
	}

	@Test
	void theBlindIndexIsStableAcrossInstancesAndNotTheOldOne() throws Exception {
		String card = "450422201501010013";
		String index = cipher(entry(1, MASTER)).blindIndex(card);
		assertThat(cipher(Base64.getEncoder().encodeToString(MASTER)).blindIndex(card)).isEqualTo(index);
		assertThat(index).isNotEqualTo(oldIndex(MASTER, card)).hasSize(64);
	}

	@Test
	void aCiphertextOfTheFirstFormatStillDecrypts() throws Exception {
		byte[] old = oldEncrypt(MASTER, "13800001111");
		// the migration marks a first-format value with a leading 00
		byte[] stored = new byte[old.length + 1];
		System.arraycopy(old, 0, stored, 1, old.length);
		PersonalDataCipher cipher = cipher(entry(1, MASTER) + "," + entry(2, SECOND));
		assertThat(PersonalDataCipher.keyIdOf(stored)).isZero();
		assertThat(cipher.decrypt(stored)).isEqualTo("13800001111");
		assertThat(cipher.blindIndexes("13800001111")).contains(oldIndex(MASTER, "13800001111"));
	}

	@Test
	void aCiphertextNamesItsKeyAndNewWritesUseTheNewestKey() throws Exception {
		byte[] underOne = cipher(entry(1, MASTER)).encrypt("450422201501010013");
		assertThat(PersonalDataCipher.keyIdOf(underOne)).isEqualTo(1);
		PersonalDataCipher rotated = cipher(entry(1, MASTER) + "," + entry(2, SECOND));
		byte[] underTwo = rotated.encrypt("450422201501010013");
		assertThat(PersonalDataCipher.keyIdOf(underTwo)).isEqualTo(2);
		assertThat(rotated.decrypt(underOne)).isEqualTo("450422201501010013");
		assertThat(rotated.decrypt(underTwo)).isEqualTo("450422201501010013");
		assertThat(rotated.blindIndexes("450422201501010013")).hasSize(3)
			.startsWith(rotated.blindIndex("450422201501010013"))
			.contains(cipher(entry(1, MASTER)).blindIndex("450422201501010013"));
		// the key id is authenticated: a ciphertext relabelled to another key does not
		// open
		byte[] relabelled = underTwo.clone();
		relabelled[2] = 1;
		assertThatThrownBy(() -> rotated.decrypt(relabelled)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void dataUnderARetiredKeyIsRefusedNotGuessed() throws Exception {
		byte[] underOne = cipher(entry(1, MASTER)).encrypt("13800001111");
		assertThatThrownBy(() -> cipher(entry(2, SECOND)).decrypt(underOne)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("master key 1");
	}

	/**
	 * What the cipher wrote before ADR 0015: IV and ciphertext under the master key
	 * itself.
	 */
	static byte[] oldEncrypt(byte[] key, String plain) throws Exception {
		byte[] iv = bytes(3).clone();
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv, 0, 12));
		byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
		byte[] out = new byte[12 + sealed.length];
		System.arraycopy(iv, 0, out, 0, 12);
		System.arraycopy(sealed, 0, out, 12, sealed.length);
		return out;
	}

	/**
	 * The blind index before ADR 0015: HMAC under the master key with its first byte
	 * flipped.
	 */
	static String oldIndex(byte[] key, String plain) throws Exception {
		byte[] flipped = key.clone();
		flipped[0] ^= 0x5a;
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(flipped, "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
	}

}
