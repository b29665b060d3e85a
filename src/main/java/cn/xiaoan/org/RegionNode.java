package cn.xiaoan.org;

/**
 * A region as the tree page shows it: the number of schools at and below it and, for a
 * retired one, the name of its successor.
 */
public record RegionNode(Region region, String successorName, long schools) {

}
