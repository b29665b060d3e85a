package cn.xiaoan.opinion;

import java.time.Instant;

/** A task ran past its deadline; its owner was chased. */
public record OpinionTaskOverdue(long taskId, long caseId, String regionCode, long ownerAccountId, Instant deadline) {
}
