package cn.xiaoan.shared;

import java.util.List;

/**
 * A layer of the county map (ADR 0047): what a module places on one map with the others —
 * key waters, risky venues near schools, off-campus institutions — each feature coloured
 * by its state. A module contributes a bean; the map page gathers every layer the caller
 * may read and knows no module. A layer answers exactly what the module's own list shows
 * the caller (the same query, the same scope), so that the map's counts per state equal
 * the list filtered by that state.
 */
public interface MapLayer {

	/** A short key naming the layer in links ({@code waters}). */
	String key();

	/** The layer's label's message key. */
	String messageKey();

	/** Where the layer sits in the legend, lower first. */
	int order();

	/** The states of the layer's features, in legend order (most urgent first). */
	List<State> states();

	/** Does the caller read this layer (its module's list)? */
	boolean visibleTo(CurrentUser user);

	/**
	 * Every feature of the module's list for the caller, placed or not (a feature without
	 * a place is counted but not drawn). Only called when
	 * {@link #visibleTo(CurrentUser)}.
	 */
	List<Feature> features(CurrentUser user);

	/**
	 * The schools the layer knows the position of in the caller's scope, drawn as
	 * landmarks; none by default.
	 */
	default List<Landmark> landmarks(CurrentUser user) {
		return List.of();
	}

	/**
	 * A colour of the map's palette: the page knows each as a CSS class
	 * {@code xa-map-<name>} and a fill.
	 */
	enum Colour {

		RED("#dc3545"), ORANGE("#fd7e14"), AMBER("#ffc107"), GREEN("#198754"), BLUE("#0d6efd"), PURPLE("#6f42c1"),
		GREY("#6c757d");

		private final String fill;

		Colour(String fill) {
			this.fill = fill;
		}

		public String fill() {
			return fill;
		}

		public String cssClass() {
			return "xa-map-" + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * A state of a layer's features: its key (in the list's {@code state} filter), its
	 * colour, its label's message key and the module's list filtered by it.
	 */
	record State(String key, Colour colour, String messageKey, String listHref) {

		public State {
			if (key == null || messageKey == null || listHref == null || !listHref.startsWith("/")) {
				throw new IllegalArgumentException("a map state needs a key, a label and a local list link");
			}
		}

	}

	/**
	 * A feature of a layer: its name, where it lies ({@code [longitude, latitude]}
	 * corners: one for a point, several for an outline, none when not yet placed), its
	 * state's key and its detail page.
	 */
	record Feature(String name, List<double[]> corners, String state, String href) {

		public Feature {
			corners = corners == null ? List.of() : List.copyOf(corners);
			if (name == null || state == null || href == null || !href.startsWith("/")) {
				throw new IllegalArgumentException("a map feature needs a name, a state and a local link");
			}
		}

		/** A feature with one place. */
		public static Feature at(String name, Double longitude, Double latitude, String state, String href) {
			return new Feature(name, longitude == null || latitude == null ? List.of()
					: List.<double[]>of(new double[] { longitude, latitude }), state, href);
		}

		public boolean placed() {
			return !corners.isEmpty();
		}

		public boolean point() {
			return corners.size() == 1;
		}

	}

	/** A school drawn as a landmark. */
	record Landmark(String name, double longitude, double latitude) {
	}

}
