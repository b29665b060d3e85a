package cn.xiaoan.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the names on a vector map (the waters map, the county map) so that none covers
 * another or another's mark: greedily, the most urgent first (waters with open findings,
 * then by risk, then schools), each tried beside its mark in eight directions, then twice
 * as far with a leader line back to the mark. A name that fits nowhere is not drawn; it
 * appears when the mark is hovered or tapped (focused), and the mark carries it as its
 * accessible name.
 */
public final class MapLabels {

	public static final int FONT = 22;

	private static final double GAP = 16;

	private MapLabels() {
	}

	/** A mark on the map and the name to place beside it. */
	public record Item(String text, double x, double y, double radius) {
	}

	/**
	 * Where a name went: its box's left and top, the text's baseline, whether a leader
	 * line joins it to its mark, and whether it is drawn at all.
	 */
	public record Label(String text, double x, double baseline, double left, double top, double width, double height,
			boolean leader, double anchorX, double anchorY, boolean shown) {

		public double right() {
			return left + width;
		}

		public double bottom() {
			return top + height;
		}

		/** Where the leader line meets the name's box: its nearest point to the mark. */
		public double leaderX() {
			return Math.max(left, Math.min(anchorX, right()));
		}

		public double leaderY() {
			return Math.max(top, Math.min(anchorY, bottom()));
		}

	}

	/** The labels of {@code items}, in the same order; items come most urgent first. */
	public static List<Label> place(List<Item> items, double width, double height) {
		List<double[]> taken = new ArrayList<>();
		for (Item item : items) {
			taken.add(new double[] { item.x() - item.radius(), item.y() - item.radius(), item.x() + item.radius(),
					item.y() + item.radius() });
		}
		List<Label> labels = new ArrayList<>();
		for (Item item : items) {
			Label placed = null;
			double w = textWidth(item.text());
			// a CJK line box is about 1.45 em high as the browser draws it
			double h = FONT * 1.5;
			for (int ring = 1; ring <= 3 && placed == null; ring++) {
				double d = item.radius() + GAP * (ring == 1 ? 0.4 : ring * 1.6);
				for (double[] dir : DIRECTIONS) {
					double left = dir[0] < 0 ? item.x() - d - w : dir[0] > 0 ? item.x() + d : item.x() - w / 2;
					double top = dir[1] < 0 ? item.y() - d - h : dir[1] > 0 ? item.y() + d : item.y() - h / 2;
					if (left < 2 || top < 2 || left + w > width - 2 || top + h > height - 2) {
						continue;
					}
					double[] box = { left, top, left + w, top + h };
					if (taken.stream().noneMatch(t -> overlaps(t, box))) {
						taken.add(box);
						placed = new Label(item.text(), left, top + FONT * 1.1, left, top, w, h, ring > 1, item.x(),
								item.y(), true);
						break;
					}
				}
			}
			labels.add(placed != null ? placed : new Label(item.text(), item.x(), item.y(), item.x(), item.y(), 0, 0,
					false, item.x(), item.y(), false));
		}
		return labels;
	}

	/** Above, below, right, left, then the corners. */
	private static final double[][] DIRECTIONS = { { 0, -1 }, { 0, 1 }, { 1, 0 }, { -1, 0 }, { 1, -1 }, { -1, -1 },
			{ 1, 1 }, { -1, 1 } };

	/**
	 * A Chinese character is as wide as the font is high; Latin letters and digits about
	 * 0.6.
	 */
	public static double textWidth(String text) {
		double w = 0;
		for (int i = 0; i < text.length(); i++) {
			w += text.charAt(i) < 0x2e80 ? FONT * 0.62 : FONT;
		}
		return w + 4;
	}

	private static boolean overlaps(double[] a, double[] b) {
		return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
	}

}
