package cn.xiaoan.bullying;

/** The kind of bullying (方案: 肢体、言语、财物、社交、网络). */
public enum BullyingKind {

	PHYSICAL, VERBAL, PROPERTY, SOCIAL, ONLINE;

	public String messageKey() {
		return "bullying.kind." + name();
	}

}
