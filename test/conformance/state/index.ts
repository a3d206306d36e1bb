/** The state conformance suites: driver level (every behaviour) and end to end through a real sidecar (a subset). */
export { runStateConformance, createFromDefinition, stateTests, type StateConformanceOptions, type StateTestName } from "./driver-suite.js";
export { runStateEndToEnd, componentYaml, type StateEndToEndOptions } from "./e2e-suite.js";
