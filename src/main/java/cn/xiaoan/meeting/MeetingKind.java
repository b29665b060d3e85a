package cn.xiaoan.meeting;

import cn.xiaoan.shared.RegionCode;

/** What a meeting is; which kinds a body holds depends on its level. */
public enum MeetingKind {

	/** 学校安全风险防控联席会议: a county's (or city's) departments around its schools. */
	JOINT,

	/** 乡镇（街道）学校安全工作例会: a township's meeting, at least once a quarter. */
	TOWNSHIP,

	/** 专题会商: a meeting on one matter (a flood season, an incident), at any level. */
	CONSULTATION;

	public String messageKey() {
		return "meeting.kind." + name();
	}

	/** Does a body of this level hold meetings of this kind? */
	boolean heldAt(RegionCode.Level level) {
		return switch (this) {
			case JOINT -> level != RegionCode.Level.TOWNSHIP;
			case TOWNSHIP -> level == RegionCode.Level.TOWNSHIP;
			case CONSULTATION -> true;
		};
	}

}
