/** Types of merge.js (plain JavaScript, also loaded by the editor's page). */
export function deepEqual(a: unknown, b: unknown): boolean;
export function prune(value: unknown): unknown;
export function mergeYaml(original: string, value: unknown): string;
export function splitMarkdown(text: string): { yaml: string; body: string };
export function mergeMarkdown(original: string, data: Record<string, unknown>): string;
