/** The bindings conformance suite, one call per bindings driver. */
export {
  runBindingsConformance,
  bindingsTests,
  operationTest,
  type BindingsConformanceOptions,
  type BindingsTestName,
  type Invoke,
  type OperationContext,
} from "./suite.js";
