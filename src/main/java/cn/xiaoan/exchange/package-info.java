/**
 * Four-level networking (四级联网) between XiaoAn installations: peers an operator configures
 * (the installation above and those below), a persistent outbox of versioned envelopes
 * pushed over HTTPS with HMAC-signed requests and answers, receipts keyed by peer and
 * sequence so a replay never duplicates, and the lower installations' hazards mirrored
 * read-only for the bureau above. Without peers it does nothing (ADR 0056).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "hazard" })
package cn.xiaoan.exchange;
