package cn.xiaoan.people;

/** A guardian of a student; the phone is masked. */
record GuardianView(long id, String name, String phoneMasked, String relation) {
}
