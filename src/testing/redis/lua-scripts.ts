import { createHash } from "node:crypto";

// Scripts written for Upstash (e.g. @upstash/ratelimit's) start with `#!lua flags=allow-key-locking`, a flag
// Redis 7.0 rejects. We strip the shebang line before Redis sees the script. That changes the script's SHA1, so
// the hash the client computed from its own text is mapped to the one Redis knows, for EVALSHA and SCRIPT EXISTS.

const SHEBANG = /^#![^\n]*\n/;

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

export class LuaScriptRewriter {
  // client's SHA1 (of the text with the shebang) → Redis' SHA1 (of the stripped text)
  readonly #shaAliases = new Map<string, string>();

  /** The command to send to Redis instead of `command`, and how to turn Redis' reply back into what the client expects. */
  rewrite(command: string[]): { command: string[]; mapReply: (reply: unknown) => unknown } {
    const name = command[0]?.toLowerCase();
    const keep = (reply: unknown) => reply;
    if ((name === "eval" || name === "eval_ro") && command[1] !== undefined) {
      return { command: [command[0] as string, this.#strip(command[1]), ...command.slice(2)], mapReply: keep };
    }
    if ((name === "evalsha" || name === "evalsha_ro") && command[1] !== undefined) {
      return { command: [command[0] as string, this.#alias(command[1]), ...command.slice(2)], mapReply: keep };
    }
    if (name === "script" && command[1]?.toLowerCase() === "load" && command[2] !== undefined) {
      const clientSha = sha1(command[2]);
      // Redis answers with the hash of the stripped text; the client expects the hash of the text it sent.
      return { command: ["SCRIPT", "LOAD", this.#strip(command[2])], mapReply: () => clientSha };
    }
    if (name === "script" && command[1]?.toLowerCase() === "exists") {
      return { command: ["SCRIPT", "EXISTS", ...command.slice(2).map((sha) => this.#alias(sha))], mapReply: keep };
    }
    return { command, mapReply: keep };
  }

  #strip(script: string): string {
    if (!SHEBANG.test(script)) return script;
    const stripped = script.replace(SHEBANG, "");
    this.#shaAliases.set(sha1(script), sha1(stripped));
    return stripped;
  }

  #alias(sha: string): string {
    return this.#shaAliases.get(sha.toLowerCase()) ?? sha;
  }
}
