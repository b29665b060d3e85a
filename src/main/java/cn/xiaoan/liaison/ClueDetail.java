package cn.xiaoan.liaison;

import java.util.List;
import java.util.Set;

/**
 * A clue, its timeline, what the reader may do with it now, and the stations of its
 * county the reader may move it to (none when the reader may not).
 */
public record ClueDetail(ClueView clue, List<ClueEntry> timeline, Set<String> steps,
		List<StationView.Named> transferTo) {
}
