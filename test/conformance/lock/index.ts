/** The lock store conformance suite, one call per lock driver. */
export { runLockConformance, lockTests, type LockConformanceOptions, type LockTestName } from "./suite.js";
