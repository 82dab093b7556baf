/** A literal string as a pattern that matches only it: "(a.b)" becomes "\(a\.b\)". */
export const escapeRegExp = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
