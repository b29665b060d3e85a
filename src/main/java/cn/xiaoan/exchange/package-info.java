/**
 * Four-level networking (四级联网) between XiaoAn installations: peers an operator configures
 * (the installation above and those below), a persistent outbox of versioned envelopes
 * pushed over HTTPS with HMAC-signed requests and answers, receipts keyed by peer and
 * sequence so a replay never duplicates. Up go the hazards, accident reports, warning
 * acknowledgements, anonymised bullying counts, school scores and 约谈 of the lower
 * installations, mirrored read-only for the bureau above (after a first full sync of what
 * was open) and shown inside its ledger, analysis, leader screen, reports, rankings and
 * 约谈 page through their extension points (the home page's hazard figures and the ledger's
 * median days to close too, ADR 0072, and the home page's weekly chart, ADR 0075); a
 * hazard travels with its state, escalation and 督办, is kept once by the installation it
 * lives at, and a middle installation forwards what it keeps from below — hazards,
 * accidents, acknowledgements, bullying counts, scores, each kept once by the
 * installation it comes from — to the peers above it ({@link cn.xiaoan.exchange.Relay});
 * deleting a peer keeps what another peer still brings; down go warnings, notices, policy
 * values, assessment schemes and education campaigns (whose schools' counts come back up
 * into the campaign's rates), issued below as if local under the upper bureau's name,
 * whose acknowledgements and receipts come back up and are forwarded further up by a
 * middle installation; a notice's withdrawal and reminders, and a campaign's withdrawal
 * or early end and a bureau's reminder of its schools behind, follow them down. Without
 * peers it does nothing (ADR 0056, 0059, 0061, 0062, 0066, 0067, 0068, 0069, 0070, 0071,
 * 0072, 0075, 0077, 0084).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "hazard", "warning", "notice",
		"policy", "assessment", "accident", "bullying", "analytics", "education", "people :: privacy" })
package cn.xiaoan.exchange;
