/**
 * Uploaded files (hazard photos, campus plans): the type is sniffed from the bytes, the
 * size limited and images re-encoded (which also drops EXIF data such as GPS positions)
 * before they are stored; every read checks the caller's scope against the school or
 * region the file belongs to.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package cn.xiaoan.file;
