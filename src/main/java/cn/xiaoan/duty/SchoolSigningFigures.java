package cn.xiaoan.duty;

/**
 * A school's responsibility-list signing in the running school year: staff holding at
 * least one post, and those whose current list is signed this school year.
 */
public record SchoolSigningFigures(long schoolId, long holding, long signed) {
}
