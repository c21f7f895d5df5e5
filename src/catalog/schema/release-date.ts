import { z } from "zod";

/**
 * A release or as-of date at the precision we actually know: `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`. Month precision is common for closed models whose day we never saw;
 * a string keeps that honest instead of inventing a day.
 */
export const releaseDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
