/**
 * Police-school liaison (警校联动): the 法治副校长 each school has from the police — who, from
 * which 派出所, for which period, the lectures and visits done — with the county seeing the
 * schools without a current one and the appointments about to lapse; and the clues (线索:
 * 涉黑涉恶, gangs, drugs, extortion, harm to students) a school or bureau forwards to the
 * police of its county with the minimum personal data — a student only as grade, initials
 * and part, never a name — which the police acknowledge (签收) within the policy's hours,
 * question and close with an outcome, in a thread with the school.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "org", "people", "policy" })
package cn.xiaoan.liaison;
