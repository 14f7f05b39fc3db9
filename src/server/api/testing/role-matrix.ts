import assert from "node:assert/strict";
import { TRPCError } from "@trpc/server";
import type { MemberRole } from "@/generated/prisma/enums";
import type { createCaller } from "../root";
import { allProcedurePaths, databaseFingerprint } from "./tenant-isolation";

/** Who may call a procedure: members from this role up, or any signed-in user (no membership needed). */
export type Requirement = MemberRole | "signed-in";

export type RoleMatrixEntry<Fixture> = {
  requires: Requirement;
  /** The input an allowed caller would send, built from ids of the organization the caller belongs to. */
  input: (fixture: Fixture) => unknown;
  /** When an allowed call cannot succeed in tests (e.g. Stripe is off), the error code it must end with instead. */
  allowedOutcome?: TRPCError["code"];
  /** The call ends the caller's membership (leaving): it runs after every other call. */
  endsMembership?: boolean;
};
export type RoleMatrix<Fixture> = Record<string, RoleMatrixEntry<Fixture>>;

type Caller = ReturnType<typeof createCaller>;

const RANK: Record<MemberRole, number> = { developer: 0, admin: 1, owner: 2 };

export function isAllowed(role: MemberRole, requires: Requirement): boolean {
  return requires === "signed-in" || RANK[role] >= RANK[requires];
}

/** Every procedure must have a row, except the declared public ones: a new procedure cannot skip its decision. */
export function assertEveryProcedureInMatrix<Fixture>(matrix: RoleMatrix<Fixture>, publicPaths: string[]): void {
  const missing = allProcedurePaths().filter((path) => !(path in matrix) && !publicPaths.includes(path));
  assert.deepEqual(missing, [], `add a role-matrix entry (who may call it) for: ${missing.join(", ")}`);
  const unknown = Object.keys(matrix).filter((path) => !allProcedurePaths().includes(path));
  assert.deepEqual(unknown, [], `the role matrix names procedures that do not exist: ${unknown.join(", ")}`);
}

async function outcome(caller: Caller, path: string, input: unknown): Promise<{ code: string; message: string }> {
  let target: unknown = caller;
  for (const segment of path.split(".")) target = (target as Record<string, unknown>)[segment];
  try {
    await (target as (input: unknown) => Promise<unknown>)(input);
    return { code: "ok", message: "" };
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
}

/**
 * Calls every procedure in the matrix as a member with `role`. Calls the role may not make must be FORBIDDEN and
 * change nothing in the database; the others must succeed (or end with their declared `allowedOutcome`, never
 * FORBIDDEN). Refused calls run first, so the allowed ones cannot hide a change a refused one made.
 */
export async function assertRoleMatrix<Fixture>(options: { role: MemberRole; caller: Caller; fixture: Fixture; matrix: RoleMatrix<Fixture>; databaseUrl: string }) {
  const entries = Object.entries(options.matrix);
  const refused = entries.filter(([, entry]) => !isAllowed(options.role, entry.requires));
  const allowed = entries
    .filter(([, entry]) => isAllowed(options.role, entry.requires))
    .sort(([, a], [, b]) => Number(Boolean(a.endsMembership)) - Number(Boolean(b.endsMembership)));

  // Every mismatch is collected, so one run shows the whole gap between the matrix and the code.
  const mismatches: string[] = [];
  const before = await databaseFingerprint(options.databaseUrl);
  for (const [path, entry] of refused) {
    const result = await outcome(options.caller, path, entry.input(options.fixture));
    if (result.code !== "FORBIDDEN") mismatches.push(`${path}: expected FORBIDDEN, got ${result.code} ${result.message}`);
  }
  if ((await databaseFingerprint(options.databaseUrl)) !== before) mismatches.push("a refused call changed the database");

  for (const [path, entry] of allowed) {
    assert.notEqual(entry.allowedOutcome, "FORBIDDEN", `${path}: an allowed call cannot be expected to be FORBIDDEN`);
    const result = await outcome(options.caller, path, entry.input(options.fixture));
    const expected = entry.allowedOutcome ?? "ok";
    if (result.code !== expected) mismatches.push(`${path}: expected ${expected}, got ${result.code} ${result.message}`);
  }
  assert.deepEqual(mismatches, [], `as ${options.role}:\n${mismatches.join("\n")}`);
  return { refused: refused.map(([path]) => path), allowed: allowed.map(([path]) => path) };
}

/**
 * Reads the role table in ARCHITECTURE.md ("| Who may call | Procedures |" rows naming procedures in backticks)
 * as path → requirement, so the test can hold the document to the matrix the code enforces.
 */
export function parseDocumentedMatrix(markdown: string): Record<string, Requirement | "public"> {
  const section = markdown.split("<!-- role-matrix -->")[1];
  assert.ok(section, "ARCHITECTURE.md needs its role table between <!-- role-matrix --> markers");
  const documented: Record<string, Requirement | "public"> = {};
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    if (cells.length < 4 || !cells[2]?.includes("`")) continue;
    const requirement = ROW_LABELS[cells[1] ?? ""];
    assert.ok(requirement, `ARCHITECTURE.md role table: unknown row "${cells[1]}"`);
    for (const [, path] of cells[2].matchAll(/`([\w.]+)`/g)) documented[path!] = requirement;
  }
  return documented;
}

const ROW_LABELS: Record<string, Requirement | "public"> = {
  "anyone, signed out too": "public",
  "any signed-in user": "signed-in",
  "developer, admin, owner": "developer",
  "admin, owner": "admin",
  "owner only": "owner",
};
