/** Cross-field rules shared by several schemas. Each reports our own rule code. */
import type { z } from "zod";
import type { Code } from "../messages.ts";

type Ctx = z.RefinementCtx;

/** Reports a rule by its code; `severity: "warning"` in params makes it a warning. */
export const ruleIssue = (ctx: Ctx, path: (string | number)[], code: Code, params: Record<string, unknown> = {}) =>
  ctx.addIssue({ code: "custom", path, params: { code, ...params } });

/** Thrown when a rule reads a value that failed its own check. */
const FAILED = Symbol("failed value");

type Rule<T> = (value: T, ctx: Ctx) => void;

/**
 * The arguments of `.superRefine(...)` for an object's cross-field rules. A value that failed its
 * own check (a deadline written 31/05/2027, a missing key, a misspelt format) takes no part in
 * any rule: each rule reads the object through a view that stops it as soon as it reads such a
 * value, so the editor is told about the value once, and every rule that does not read it still
 * runs.
 */
export function crossFieldRules<T>(...rules: Rule<T>[]): [(value: T, ctx: z.core.$RefinementCtx<T>) => void, { when: () => boolean }] {
  const run = (value: T, ctx: z.core.$RefinementCtx<T>) => {
    if (value === null || typeof value !== "object") return;
    // An unknown key is a mistake of the mapping, not of the values it holds.
    const failed = ctx.issues.filter((i) => i.code !== "unrecognized_keys").map((i) => (i.path ?? []).map(String));
    const view = failed.length ? guard(value, failed, []) : value;
    for (const rule of rules) {
      try {
        rule(view as T, ctx);
      } catch (e) {
        if (e !== FAILED) throw e;
      }
    }
  };
  // Run even after a key failed in a way that stops zod (a missing key, a wrong type): the view
  // keeps such values out of every rule, and the rules that do not read them still apply.
  return [run, { when: () => true }];
}

function guard<T extends object>(target: T, failed: string[][], at: string[]): T {
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value: unknown = Reflect.get(obj, key, receiver);
      if (typeof key !== "string") return value;
      const path = [...at, key];
      const same = (p: string[]) => p.length >= path.length && path.every((seg, i) => seg === p[i]);
      const below = failed.filter(same);
      if (below.some((p) => p.length === path.length)) throw FAILED;
      return below.length && value !== null && typeof value === "object" ? guard(value, below, path) : value;
    },
  });
}

type Validity = { validFrom?: string; validTo?: string; successor?: string };

/** validTo ≥ validFrom; an entity that ended has a successor (or says it has none by omission of validTo). */
export const validityRules: Rule<Validity>[] = [
  (v, ctx) => {
    if (v.validFrom && v.validTo && v.validTo < v.validFrom) ruleIssue(ctx, ["validTo"], "validity/order", { from: v.validFrom, to: v.validTo });
  },
  (v, ctx) => {
    if (v.successor && !v.validTo) ruleIssue(ctx, ["successor"], "validity/successor-without-end");
  },
];
