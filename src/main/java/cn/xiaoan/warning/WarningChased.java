package cn.xiaoan.warning;

import java.util.List;

/**
 * Schools that had not acknowledged a warning within the policy interval were chased
 * (each once): their leaders hear it again, through the inbox and every reminder channel.
 */
public record WarningChased(long warningId, List<Long> schoolIds) {
}
