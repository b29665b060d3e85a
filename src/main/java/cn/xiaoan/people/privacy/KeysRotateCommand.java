package cn.xiaoan.people.privacy;

import java.util.List;

import cn.xiaoan.shared.OperatorCommand;

import org.springframework.stereotype.Component;

/**
 * {@code keys-rotate}: a new master key, current at once; the data follows in the
 * background ({@link KeyRotationJobs}).
 */
@Component
class KeysRotateCommand implements OperatorCommand {

	private final MasterKeys keys;

	private final PersonalDataCipher cipher;

	KeysRotateCommand(MasterKeys keys, PersonalDataCipher cipher) {
		this.keys = keys;
		this.cipher = cipher;
	}

	@Override
	public String name() {
		return "keys-rotate";
	}

	@Override
	public String description() {
		return "generate a new personal-data master key and make it current; data is re-encrypted in the background";
	}

	@Override
	public int run(List<String> args) throws Exception {
		MasterKey added = keys.add();
		if (keys.fromEnvironment()) {
			System.out.println("The keys come from XIAOAN_DATA_KEY, which this command cannot change. Append");
			System.out.println("  ," + added.format());
			System.out.println("to XIAOAN_DATA_KEY on every instance and restart them; key " + added.id()
					+ " then encrypts new data and the old rows are re-encrypted in the background.");
			return 0;
		}
		cipher.reload();
		System.out.println("Master key " + added.id() + " added to " + keys.file() + " and made current.");
		System.out.println("Instances reading this file use it within seconds; copy the file to any instance with "
				+ "a key file of its own. Back the file up now.");
		System.out.println("Rows are re-encrypted in the background; `keys-status` shows how many are left.");
		return 0;
	}

}
