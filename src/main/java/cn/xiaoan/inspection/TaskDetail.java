package cn.xiaoan.inspection;

import java.util.List;

/**
 * A task with its school's name, its items and whether the caller may fill and sign it.
 */
record TaskDetail(TaskView task, String schoolName, List<TaskItemView> items, boolean canSubmit) {
}
