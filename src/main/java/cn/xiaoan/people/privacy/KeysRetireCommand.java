package cn.xiaoan.people.privacy;

import java.util.List;

import cn.xiaoan.shared.OperatorCommand;

import org.springframework.stereotype.Component;

/** {@code keys-retire <id>}: removes an old master key once no row is left under it. */
@Component
class KeysRetireCommand implements OperatorCommand {

	private final MasterKeys keys;

	private final PersonalDataCipher cipher;

	private final KeyRotation rotation;

	KeysRetireCommand(MasterKeys keys, PersonalDataCipher cipher, KeyRotation rotation) {
		this.keys = keys;
		this.cipher = cipher;
		this.rotation = rotation;
	}

	@Override
	public String name() {
		return "keys-retire";
	}

	@Override
	public String description() {
		return "remove an old personal-data master key once no row is encrypted under it (keys-retire <id>)";
	}

	@Override
	public int run(List<String> args) throws Exception {
		if (args.size() != 1 || !args.get(0).matches("\\d{1,5}")) {
			System.err.println("usage: keys-retire <key id>");
			return 2;
		}
		cipher.reloadIfChanged();
		int id = Integer.parseInt(args.get(0));
		if (!cipher.keyIds().contains(id)) {
			System.err.println("there is no master key " + id + "; keys: " + cipher.keyIds());
			return 1;
		}
		if (id == cipher.currentKeyId()) {
			System.err.println("key " + id + " is the current key: run keys-rotate first");
			return 1;
		}
		long left = rotation.rowsUnder(id);
		if (left > 0) {
			System.err.println(left + " rows are still under key " + id + ": wait for the re-encryption (keys-status)");
			return 1;
		}
		if (keys.fromEnvironment()) {
			System.out.println("No row is under key " + id + ": remove its entry " + id
					+ ":… from XIAOAN_DATA_KEY on every instance and restart them.");
			return 0;
		}
		keys.remove(id);
		cipher.reload();
		System.out.println("Master key " + id + " removed from " + keys.file()
				+ ". Backups of the database older than the rotation still need it: keep a copy with those backups' keys.");
		return 0;
	}

}
