/**
 * A D1 binding that counts what it is asked to do and refuses what production D1 would refuse.
 * Local D1 (SQLite in Miniflare) accepts far bigger statements than the real one, so without this
 * a flood test would pass locally and fail with "too many SQL variables" in production.
 *
 * D1's limits (developers.cloudflare.com/d1/platform/limits/, read Nov 2026): at most 100 bound
 * parameters per query, 100,000 bytes of SQL per statement, 2,000,000 bytes per string, and 1,000
 * queries per Worker invocation on Workers Paid (50 on Free); every statement of a batch counts.
 */
export const D1_LIMITS = {
  paramsPerStatement: 100,
  sqlBytes: 100_000,
  valueBytes: 2_000_000,
  queriesPerInvocation: 1_000,
} as const;

export interface D1Usage {
  /** Statements run (one per first/all/run/raw, one per statement of a batch). */
  queries: number;
  /** Most bound parameters seen in one statement. */
  maxParams: number;
  /** Most statements in one batch. */
  maxBatch: number;
  /** Longest SQL text seen. */
  maxSqlBytes: number;
}

/** Reads a wrapped statement's real one (D1's batch() wants its own objects, not proxies). */
const REAL = Symbol("real statement");

const bytes = (s: string) => new TextEncoder().encode(s).length;

/**
 * Wraps `db` so every statement is checked against D1_LIMITS (throwing as D1 would) and counted.
 * @example
 * const { DB, usage } = limitedD1(env.DB);
 * await runSchedule(createContext({ ...env, DB }, now));
 * expect(usage.queries).toBeLessThanOrEqual(D1_LIMITS.queriesPerInvocation);
 */
export function limitedD1(db: D1Database): { DB: D1Database; usage: D1Usage } {
  const usage: D1Usage = { queries: 0, maxParams: 0, maxBatch: 0, maxSqlBytes: 0 };
  const counted = () => {
    usage.queries++;
    if (usage.queries > D1_LIMITS.queriesPerInvocation) throw new Error("D1: too many queries in one invocation");
  };
  const wrap = (statement: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(statement, {
      get(target, prop) {
        if (prop === REAL) return target;
        if (prop === "bind")
          return (...values: unknown[]) => {
            usage.maxParams = Math.max(usage.maxParams, values.length);
            if (values.length > D1_LIMITS.paramsPerStatement)
              throw new Error(`D1_ERROR: too many SQL variables (${values.length} bound)`);
            for (const v of values)
              if (typeof v === "string" && bytes(v) > D1_LIMITS.valueBytes) throw new Error("D1: string too big");
            return wrap(target.bind(...values));
          };
        if (prop === "first" || prop === "all" || prop === "run" || prop === "raw")
          return (...args: unknown[]) => {
            counted();
            return (target[prop] as (...a: unknown[]) => unknown).apply(target, args);
          };
        const value = Reflect.get(target, prop, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  const DB = new Proxy(db, {
    get(target, prop) {
      if (prop === "prepare")
        return (sql: string) => {
          usage.maxSqlBytes = Math.max(usage.maxSqlBytes, bytes(sql));
          if (bytes(sql) > D1_LIMITS.sqlBytes) throw new Error("D1: SQL statement too long");
          return wrap(target.prepare(sql));
        };
      if (prop === "batch")
        return (statements: D1PreparedStatement[]) => {
          usage.maxBatch = Math.max(usage.maxBatch, statements.length);
          for (const _ of statements) counted();
          return target.batch(statements.map((s) => (s as unknown as Record<symbol, D1PreparedStatement>)[REAL] ?? s));
        };
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { DB, usage };
}
