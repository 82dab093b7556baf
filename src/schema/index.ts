/**
 * The data files (data/*.yaml): where each lives and its schema. The loader, the JSON Schema
 * generator and the editors' reference read this table; content kinds are in src/kinds/.
 */
import type { z } from "zod";
import { agencyListSchema } from "./agency.ts";
import { provinceListSchema } from "./province.ts";
import { siteSchema } from "./site.ts";
import { topicListSchema } from "./topic.ts";

export type DataKind = "site" | "agencies" | "provinces" | "topics";

/** Data files. */
export const dataKinds = {
  site: { file: "data/site.yaml", schema: siteSchema },
  agencies: { file: "data/agencies.yaml", schema: agencyListSchema },
  provinces: { file: "data/provinces.yaml", schema: provinceListSchema },
  topics: { file: "data/topics.yaml", schema: topicListSchema },
} as const satisfies Record<DataKind, { file: string; schema: z.ZodType }>;

export const FILES_DIR = "content/files";
