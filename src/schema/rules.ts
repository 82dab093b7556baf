/** Cross-field rules shared by several schemas. Each reports our own rule code. */
import type { z } from "zod";

type Ctx = z.RefinementCtx;

/** Reports a rule by its code; `severity: "warning"` in params makes it a warning. */
export const ruleIssue = (ctx: Ctx, path: (string | number)[], code: string, params: Record<string, unknown> = {}) =>
  ctx.addIssue({ code: "custom", path, params: { code, ...params } });

/** validTo ≥ validFrom; an entity that ended has a successor (or says it has none by omission of validTo). */
export function validityRule(v: { validFrom?: string; validTo?: string; successor?: string }, ctx: Ctx): void {
  if (v.validFrom && v.validTo && v.validTo < v.validFrom)
    ruleIssue(ctx, ["validTo"], "validity/order", { from: v.validFrom, to: v.validTo });
  if (v.successor && !v.validTo) ruleIssue(ctx, ["successor"], "validity/successor-without-end");
}
