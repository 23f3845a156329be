import { Hono } from "hono";
import type { AppEnv } from "../app";

/** The JSON API (bearer ADMIN_TOKEN). */
export const api = new Hono<AppEnv>();
