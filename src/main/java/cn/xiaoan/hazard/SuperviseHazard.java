package cn.xiaoan.hazard;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** 挂牌督办 with the rectification deadline (checked by {@link HazardSupervision}). */
record SuperviseHazard(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {
}
