package cn.xiaoan.security;

import java.util.List;

import cn.xiaoan.org.Page;

/**
 * The bureau's staffing list: the "三个100%" over every school matching the filters, one
 * page of the schools listed, and the full-time guards missing over all those listed.
 */
record StaffingList(List<HundredPercent.Rate> rates, Page<StaffingStatus> page, int missingTotal) {

}
