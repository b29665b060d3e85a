/**
 * Atlas: one map of a county (ADR 0047) gathering the {@code shared.MapLayer} beans the
 * modules contribute — key waters, risky venues near schools, off-campus institutions —
 * each feature coloured by its state, with a legend whose counts link to the module's
 * list filtered the same way. It knows no module: only the shared contract.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package cn.xiaoan.atlas;
