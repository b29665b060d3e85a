package cn.xiaoan.org;

/** 学校类型: kindergarten to vocational and special education. */
public enum SchoolType {

	KINDERGARTEN("幼儿园"), PRIMARY("小学"), JUNIOR("初级中学"), SENIOR("高级中学"), NINE_YEAR("九年一贯制学校"), TWELVE_YEAR("十二年一贯制学校"),
	VOCATIONAL("中等职业学校"), SPECIAL("特殊教育学校");

	private final String chineseName;

	SchoolType(String chineseName) {
		this.chineseName = chineseName;
	}

	/** The Chinese name used in spreadsheets, whatever the page language. */
	public String chineseName() {
		return chineseName;
	}

	public String messageKey() {
		return "school.type." + name();
	}

	/** Accepts the enum name or the Chinese name, as schools write it in spreadsheets. */
	public static SchoolType parse(String text) {
		if (text == null) {
			return null;
		}
		String t = text.trim();
		for (SchoolType type : values()) {
			if (type.name().equalsIgnoreCase(t) || type.chineseName.equals(t)) {
				return type;
			}
		}
		return null;
	}

}
