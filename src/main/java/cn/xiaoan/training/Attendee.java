package cn.xiaoan.training;

/** A student of a booking; the certificate number is given when the session completes. */
record Attendee(long id, long bookingId, Long studentId, String name, boolean attended, String certificateNo) {
}
