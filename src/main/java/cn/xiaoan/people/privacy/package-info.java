/**
 * Personal data at rest: the master key ring and the keys derived from it, encryption and
 * blind indexes of minors' ID-card numbers and phones, and the background re-encryption
 * after a key rotation. A module that encrypts a column of its own with
 * {@link cn.xiaoan.people.privacy.PersonalDataCipher} registers a
 * {@link cn.xiaoan.people.privacy.ReEncryptor} for it (ADR 0015).
 */
@org.springframework.modulith.NamedInterface("privacy")
package cn.xiaoan.people.privacy;
