package cn.xiaoan.security;

/** Required full-time guards by each rule, the higher one, and which rule decided it. */
public record GuardRequirement(int bySize, int byBoarding, int required, String decidingRule, GuardRule rule) {
}
