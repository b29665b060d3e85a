package cn.xiaoan.opinion;

/**
 * A record of another module the case concerns — an accident or a bullying case — named
 * by kind and id. The modules that own those records link their cases through
 * {@link OpinionManagement#linkRelated}; this module keeps only the reference.
 */
public record RelatedRecord(Kind kind, long id) {

	public enum Kind {

		ACCIDENT, BULLYING;

		public String messageKey() {
			return "opinion.related." + name();
		}

	}

	public RelatedRecord {
		if (kind == null || id <= 0) {
			throw new IllegalArgumentException("a related record needs a kind and an id");
		}
	}

}
