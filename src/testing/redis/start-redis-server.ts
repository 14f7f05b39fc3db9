import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/** A throwaway redis-server for tests: no persistence, bound to 127.0.0.1, its own temp folder. */
export type RedisServer = {
  port: number;
  /** redis://127.0.0.1:<port> */
  url: string;
  /** SIGTERM, wait for the exit, remove the temp folder. Idempotent; the server cannot be restarted after. */
  stop(): Promise<void>;
  /** SIGKILL, like a crash: clients see their connections reset. `restart()` brings it back on the same port. */
  kill(): Promise<void>;
  /** Starts again on the same port (stopping the running process first). The data is gone: nothing is persisted. */
  restart(): Promise<void>;
};

export type StartRedisServerOptions = { binary?: string; startTimeoutMs?: number };

const DEFAULT_BINARY = "/usr/bin/redis-server";

export async function startRedisServer(options: StartRedisServerOptions = {}): Promise<RedisServer> {
  const binary = options.binary ?? process.env.REDIS_SERVER_BIN ?? DEFAULT_BINARY;
  if (!existsSync(binary)) {
    throw new Error(`${binary} not found: install it with \`sudo apt-get install -y redis-server\` (or set REDIS_SERVER_BIN)`);
  }
  const startTimeoutMs = options.startTimeoutMs ?? 10_000;
  const dir = mkdtempSync(path.join(tmpdir(), "switchboard-redis-"));

  let port = 0;
  let child: ChildProcess | undefined;
  // Another process can take the free port between our probe and redis' bind: try a few ports.
  for (let attempt = 1; !child; attempt++) {
    port = await findFreePort();
    try {
      child = await launch(binary, port, dir, startTimeoutMs);
    } catch (error) {
      if (attempt >= 5 || !/address already in use/i.test((error as Error).message)) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }

  let stopped = false;
  // A crashed test runner must not leave an orphan redis-server behind.
  const killOnExit = () => child?.kill("SIGKILL");
  process.once("exit", killOnExit);

  const terminate = async (signal: NodeJS.Signals) => {
    const running = child;
    child = undefined;
    if (running) await signalAndWait(running, signal);
  };

  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await terminate("SIGTERM");
      process.removeListener("exit", killOnExit);
      rmSync(dir, { recursive: true, force: true });
    },
    kill: () => terminate("SIGKILL"),
    async restart() {
      if (stopped) throw new Error("redis-server was stopped; start a new one");
      await terminate("SIGTERM");
      child = await launch(binary, port, dir, startTimeoutMs);
    },
  };
}

function launch(binary: string, port: number, dir: string, startTimeoutMs: number): Promise<ChildProcess> {
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no", "--daemonize", "no", "--logfile", ""];
  const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  // Keep draining the pipes for the whole life of the process: a full pipe would block redis' logging.
  const remember = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on("data", remember);
  child.stderr?.on("data", remember);

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`redis-server did not become ready within ${startTimeoutMs} ms:\n${output}`)), startTimeoutMs);
    const onData = () => {
      if (!output.includes("Ready to accept connections")) return;
      cleanup();
      resolve(child);
    };
    const onExit = (code: number | null) => fail(new Error(`redis-server exited (code ${code}) before it was ready:\n${output}`));
    const onError = (error: Error) => fail(error);
    function cleanup() {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.off("exit", onExit);
      child.off("error", onError);
    }
    function fail(error: Error) {
      cleanup();
      child.kill("SIGKILL");
      reject(error);
    }
    child.stdout?.on("data", onData);
    child.once("exit", onExit);
    child.once("error", onError);
  });
}

function signalAndWait(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const forceKill = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(forceKill);
      resolve();
    });
    child.kill(signal);
  });
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
