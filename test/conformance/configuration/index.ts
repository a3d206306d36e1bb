/** The configuration store conformance suite, one call per configuration driver. */
export {
  runConfigurationConformance,
  configurationTests,
  type ConfigurationConformanceOptions,
  type ConfigurationTestName,
  type ConfigurationWriter,
} from "./suite.js";
