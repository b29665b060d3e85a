package cn.xiaoan.people.privacy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key file: outside the data directory, private, moved there from the old place. */
class MasterKeysTests {

	@TempDir
	Path root;

	private Path oldFile() {
		return root.resolve("data/keys/personal-data.key");
	}

	private MasterKeys keys() {
		return new MasterKeys("", "", MasterKeys.defaultDir(null, root.resolve("home").toString()).toString(),
				oldFile().toString());
	}

	@Test
	void theKeyFileIsCreatedOutsideTheDataDirectoryReadableByItsOwnerOnly() throws Exception {
		Files.createDirectories(root.resolve("data/pg"));
		MasterKeys keys = keys();
		List<MasterKey> ring = keys.load();
		assertThat(ring).extracting(MasterKey::id).containsExactly(1);
		assertThat(keys.file()).isEqualTo(root.resolve("home/.config/xiaoan/keys/personal-data.key"));
		assertThat(keys.file().startsWith(root.resolve("data"))).isFalse();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.file()))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.file().getParent())))
			.isEqualTo("rwx------");
		try (var inData = Files.walk(root.resolve("data"))) {
			assertThat(inData.filter(Files::isRegularFile)).isEmpty();
		}
		assertThat(keys().load().get(0).material()).isEqualTo(ring.get(0).material());
	}

	@Test
	void theDefaultDirectoryFollowsXdgConfigHome() {
		assertThat(MasterKeys.defaultDir("/etc/xdg-conf", "/home/op")).isEqualTo(Path.of("/etc/xdg-conf/xiaoan/keys"));
		assertThat(MasterKeys.defaultDir(null, "/home/op")).isEqualTo(Path.of("/home/op/.config/xiaoan/keys"));
	}

	@Test
	void aKeyInTheOldPlaceIsMovedOutOfTheDataDirectoryOnFirstStart() throws Exception {
		byte[] old = PersonalDataCipherTests.bytes(5);
		Files.createDirectories(oldFile().getParent());
		Files.writeString(oldFile(), Base64.getEncoder().encodeToString(old));
		MasterKeys keys = keys();
		List<MasterKey> ring = keys.load();
		assertThat(ring).singleElement().satisfies(k -> {
			assertThat(k.id()).isEqualTo(1);
			assertThat(k.material()).isEqualTo(old);
		});
		assertThat(oldFile()).doesNotExist();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.file()))).isEqualTo("rw-------");
	}

	@Test
	void aDifferentKeyLeftInTheOldPlaceStopsTheStart() throws Exception {
		keys().load();
		Files.createDirectories(oldFile().getParent());
		Files.writeString(oldFile(), Base64.getEncoder().encodeToString(PersonalDataCipherTests.bytes(9)));
		assertThatThrownBy(() -> keys().load()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("XIAOAN_KEYS_DIR");
		assertThat(oldFile()).exists();
	}

	@Test
	void aRotationAddsTheNextIdAndARetirementRemovesOne() throws Exception {
		MasterKeys keys = keys();
		keys.load();
		assertThat(keys.add().id()).isEqualTo(2);
		assertThat(keys.load()).extracting(MasterKey::id).containsExactly(1, 2);
		keys.remove(1);
		assertThat(keys.load()).extracting(MasterKey::id).containsExactly(2);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.file()))).isEqualTo("rw-------");
	}

	@Test
	void keysFromTheEnvironmentAreAListOfIdsAndKeys() throws Exception {
		String one = Base64.getEncoder().encodeToString(PersonalDataCipherTests.bytes(1));
		String two = Base64.getEncoder().encodeToString(PersonalDataCipherTests.bytes(2));
		assertThat(new MasterKeys(one, "", "", oldFile().toString()).load()).extracting(MasterKey::id)
			.containsExactly(1);
		assertThat(new MasterKeys("2:" + two + ", 1:" + one, "", "", oldFile().toString()).load())
			.extracting(MasterKey::id)
			.containsExactly(1, 2);
		assertThatThrownBy(() -> new MasterKeys("1:" + one + ",1:" + two, "", "", oldFile().toString()).load())
			.hasMessageContaining("two personal-data master keys");
	}

}
