package cn.xiaoan.liaison;

import java.util.List;
import java.util.Set;

/** A clue, its timeline, and what the reader may do with it now. */
public record ClueDetail(ClueView clue, List<ClueEntry> timeline, Set<String> steps) {
}
