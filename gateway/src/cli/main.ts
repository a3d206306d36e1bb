/**
 * The `pillion` command: `pillion run ...` starts the sidecar (and the app);
 * bare daprd-style flags (`pillion --app-id x ...`) do the same.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { ResourceError } from "../components/resources.js";
import { Sidecar } from "../sidecar.js";
import { version } from "../version.js";
import { parseRunArgs, runUsage, UsageError, type RunCommand } from "./args.js";
import { parseSdkArgs, runSdk, sdkUsage } from "./sdk.js";
import { StopSignals } from "./stop-signals.js";

const usage = `pillion ${version}: a Dapr-compatible sidecar generated from protobuf.

Usage:
  pillion run --app-id <id> [flags] [-- <app command> [args...]]
  pillion sdk [<language> --out DIR [--archive]]
  pillion --version

Run "pillion run --help" for the flags.`;

export async function main(argv: readonly string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (cmd === "--version" || cmd === "version") {
      console.log(version);
      return 0;
    }
    if (cmd === "run") return await run(parseRunArgs(rest));
    if (cmd === "sdk") {
      try {
        return runSdk(parseSdkArgs(rest));
      } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        console.error(`pillion: ${e.message}\n\n${sdkUsage}`);
        return 2;
      }
    }
    if (cmd !== undefined && cmd.startsWith("-") && cmd !== "-h" && cmd !== "--help") return await run(parseRunArgs(argv));
    console.log(usage);
    return cmd === undefined || cmd === "help" || cmd === "-h" || cmd === "--help" ? 0 : 2;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`pillion: ${e.message}\n\n${runUsage()}`);
      return 2;
    }
    throw e;
  }
}

async function run(cmd: RunCommand): Promise<number> {
  if (cmd.help) {
    console.log(runUsage());
    return 0;
  }
  const sidecar = new Sidecar(cmd.options);
  // Listened to from now on: a signal while the sidecar starts (its ports may already answer)
  // stops it once it is up, instead of killing the process with the signal's default action.
  const signals = new StopSignals();
  try {
    await sidecar.start();
  } catch (e) {
    signals.dispose();
    if (e instanceof ResourceError) {
      sidecar.logger.error(`start-up refused: ${e.message}`);
      await sidecar.stop();
      return 1;
    }
    sidecar.logger.error(`start-up failed: ${e instanceof Error ? e.message : String(e)}`);
    await sidecar.stop();
    return 1;
  }
  let app: ChildProcess | undefined;
  const exit = new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async (code: number) => {
      if (stopping) return;
      stopping = true;
      // The sidecar first: calls in flight to and from the app finish (up to
      // --dapr-graceful-shutdown-seconds) before the app is asked to stop.
      await sidecar.stop();
      if (app && app.exitCode === null && app.signalCode === null) {
        app.kill("SIGTERM");
        await new Promise((r) => {
          const t = setTimeout(() => {
            app?.kill("SIGKILL");
            r(undefined);
          }, 5000);
          app!.once("exit", () => {
            clearTimeout(t);
            r(undefined);
          });
        });
      }
      resolve(code);
    };
    sidecar.onShutdownRequested(() => void stop(0));
    signals.onSignal(() => void stop(0));
    if (signals.signalled) return;
    // What the Dapr CLI records in the metadata API's extended map when it runs daprd (and the app).
    sidecar.setExtendedMetadata("cliPID", String(process.pid));
    if (cmd.app) {
      sidecar.setExtendedMetadata("appCommand", [cmd.app.command, ...cmd.app.args].join(" "));
      const { ports } = sidecar;
      app = spawn(cmd.app.command, [...cmd.app.args], {
        stdio: "inherit",
        env: {
          ...process.env,
          APP_ID: cmd.options.appId,
          DAPR_HTTP_PORT: String(ports.http),
          DAPR_GRPC_PORT: String(ports.grpc),
          ...(cmd.options.appPort !== undefined && { APP_PORT: String(cmd.options.appPort) }),
          APP_PROTOCOL: cmd.options.appProtocol,
          ...(cmd.options.apiToken && { DAPR_API_TOKEN: cmd.options.apiToken }),
        },
      });
      if (app.pid !== undefined) sidecar.setExtendedMetadata("appPID", String(app.pid));
      app.once("error", (e) => {
        sidecar.logger.error(`could not start the app: ${e.message}`);
        void stop(1);
      });
      app.once("exit", (code, signal) => {
        sidecar.logger.info("the app exited", { code, signal });
        void stop(code ?? (signal ? 1 : 0));
      });
    }
  });
  return exit;
}
