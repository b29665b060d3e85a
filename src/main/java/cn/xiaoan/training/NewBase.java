package cn.xiaoan.training;

/** A training base to open in a region of the caller's scope. */
public record NewBase(String regionCode, String name, String address, String phone) {

	public NewBase {
		regionCode = FieldRules.trim(regionCode);
		name = FieldRules.trim(name);
		address = FieldRules.trim(address);
		phone = FieldRules.trim(phone);
	}

	void validate() {
		new FieldRules().text("regionCode", regionCode, true, 9)
			.text("name", name, true, 60)
			.printable("name", name)
			.text("address", address, false, 200)
			.text("phone", phone, false, 30)
			.orThrow();
	}

}
