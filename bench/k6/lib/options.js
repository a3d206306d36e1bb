// Load shapes shared by the k6 scripts, chosen by the orchestrator (bench/run.ts) through env:
//   MODE=steady      open model as in Dapr's perf tests: WARMUP_S at WARMUP_RATE rps, then
//                    STEADY_S at RATE rps (constant-arrival-rate, VUS preallocated VUs)
//   MODE=saturation  ramping-arrival-rate from SAT_START_RATE to SAT_MAX_RATE over SAT_S,
//                    aborted once errors or latency explode
const env = (name, fallback) => (__ENV[name] === undefined || __ENV[name] === "" ? fallback : __ENV[name]);
const num = (name, fallback) => Number(env(name, fallback));

export const trendStats = ["avg", "min", "med", "p(90)", "p(99)", "max"];

/** Options for a script whose request latency is the trend `metric` and whose failures are the rate `failed`. */
export function loadOptions(metric, failed) {
  const vus = num("VUS", 16);
  if (env("MODE", "steady") === "saturation") {
    return {
      scenarios: {
        saturation: {
          executor: "ramping-arrival-rate",
          startRate: num("SAT_START_RATE", 500),
          timeUnit: "1s",
          preAllocatedVUs: vus,
          maxVUs: num("SAT_MAX_VUS", 64),
          stages: [{ target: num("SAT_MAX_RATE", 20000), duration: `${num("SAT_S", 15)}s` }],
        },
      },
      thresholds: {
        [failed]: [{ threshold: "rate<0.01", abortOnFail: true, delayAbortEval: "1s" }],
        [metric]: [{ threshold: `p(99)<${num("SAT_MAX_P99_MS", 250)}`, abortOnFail: true, delayAbortEval: "2s" }],
      },
      summaryTrendStats: trendStats,
    };
  }
  const warmup = num("WARMUP_S", 10);
  return {
    scenarios: {
      warmup: {
        executor: "constant-arrival-rate",
        rate: num("WARMUP_RATE", 100),
        timeUnit: "1s",
        duration: `${warmup}s`,
        preAllocatedVUs: vus,
        maxVUs: vus,
      },
      steady: {
        executor: "constant-arrival-rate",
        rate: num("RATE", 1000),
        timeUnit: "1s",
        duration: `${num("STEADY_S", 30)}s`,
        startTime: `${warmup}s`,
        preAllocatedVUs: vus,
        maxVUs: vus,
      },
    },
    // Thresholds that always pass: they make k6 report the steady phase on its own.
    thresholds: {
      [`${metric}{scenario:steady}`]: ["max>=0"],
      [`${failed}{scenario:steady}`]: ["rate>=0"],
      "iterations{scenario:steady}": ["count>=0"],
      "dropped_iterations{scenario:steady}": ["count>=0"],
    },
    summaryTrendStats: trendStats,
  };
}

/** Writes k6's end-of-test summary as JSON where the orchestrator reads it. */
export function writeSummary(data) {
  return { [env("SUMMARY_PATH", "summary.json")]: JSON.stringify(data) };
}
