package cn.xiaoan.liaison;

import java.util.List;

/** An appointment, its duties, and whether the reader may keep it. */
public record DeputyDetail(DeputyView deputy, List<DutyView> duties, boolean editable) {
}
