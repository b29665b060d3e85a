package cn.xiaoan.shared;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names on the waters map never cover one another nor another's mark: close waters
 * get their names on different sides (or further out with a leader line), and a name with
 * no room left is not drawn rather than drawn over another.
 */
class MapLabelsTests {

	@Test
	void namesOfCloseWatersAreSpreadSoNoneOverlaps() {
		List<MapLabels.Item> items = List.of(new MapLabels.Item("北流河藤州镇段", 500, 350, 12),
				new MapLabels.Item("大坡塘", 510, 352, 12), new MapLabels.Item("城东采砂坑", 495, 362, 12),
				new MapLabels.Item("藤县第一高级中学", 505, 340, 10));
		List<MapLabels.Label> labels = MapLabels.place(items, 1000, 700);

		assertThat(labels).allMatch(MapLabels.Label::shown);
		assertNoOverlaps(items, labels);
	}

	@Test
	void aNameWithNoRoomLeftIsHiddenNotDrawnOverAnother() {
		List<MapLabels.Item> items = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			items.add(new MapLabels.Item("水域名称很长的水塘" + i, 500 + i % 5, 350 + i / 5, 12));
		}
		List<MapLabels.Label> labels = MapLabels.place(items, 1000, 700);

		assertThat(labels).anyMatch(l -> !l.shown());
		assertThat(labels.get(0).shown()).as("the most urgent, first, is drawn").isTrue();
		assertNoOverlaps(items, labels);
	}

	@Test
	void aNameAtTheEdgeStaysInsideTheMap() {
		List<MapLabels.Item> items = List.of(new MapLabels.Item("西江（浔江）藤县段", 995, 5, 12));
		MapLabels.Label label = MapLabels.place(items, 1000, 700).get(0);
		assertThat(label.shown()).isTrue();
		assertThat(label.left()).isGreaterThanOrEqualTo(0);
		assertThat(label.right()).isLessThanOrEqualTo(1000);
		assertThat(label.top()).isGreaterThanOrEqualTo(0);
	}

	private static void assertNoOverlaps(List<MapLabels.Item> items, List<MapLabels.Label> labels) {
		List<MapLabels.Label> shown = labels.stream().filter(MapLabels.Label::shown).toList();
		for (int i = 0; i < shown.size(); i++) {
			MapLabels.Label a = shown.get(i);
			for (int j = i + 1; j < shown.size(); j++) {
				MapLabels.Label b = shown.get(j);
				assertThat(a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() && b.top() < a.bottom())
					.as("%s overlaps %s", a.text(), b.text())
					.isFalse();
			}
			for (MapLabels.Item mark : items) {
				boolean covers = a.left() < mark.x() + mark.radius() && mark.x() - mark.radius() < a.right()
						&& a.top() < mark.y() + mark.radius() && mark.y() - mark.radius() < a.bottom();
				assertThat(covers).as("%s covers the mark of %s", a.text(), mark.text()).isFalse();
			}
		}
	}

}
