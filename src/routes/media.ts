import { Hono } from "hono";
import type { AppEnv } from "../app";

/** Signed, expiring media from R2 (filled in by the media work). */
export const media = new Hono<AppEnv>();
