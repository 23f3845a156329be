import { drizzle } from "drizzle-orm/d1";
import * as schema from "./schema";

/** A drizzle client over the D1 binding. Cheap: make one per request or job. */
export function db(env: Pick<Env, "DB">) {
  return drizzle(env.DB, { schema });
}
