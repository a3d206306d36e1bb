/** The pub/sub conformance suite: driver level (the driver contract) and through real sidecars (with the block), one call per driver. */
export { runPubSubConformance, createPubSubFromDefinition, pubsubTests, type PubSubConformanceOptions, type PubSubTestName } from "./suite.js";
export { pubsubComponentYaml, waitForSubscriptions } from "./sidecar-suite.js";
export { recorder, type Recorder, type Received } from "./recorder.js";
