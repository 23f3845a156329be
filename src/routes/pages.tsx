import { Hono } from "hono";
import type { AppEnv } from "../app";

/** Server-rendered pages: home and the story page. */
export const pages = new Hono<AppEnv>();
