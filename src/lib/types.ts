/**
 * The Hono env type every route shares. It lives here, not in app.tsx, so routes and helpers can
 * import it without importing the app (which imports them).
 */
import type { SecureHeadersVariables } from "hono/secure-headers";
import type { Ctx } from "./context";
import type { OperatorSession } from "./operator-session";
import type { Session } from "./session";

export type AppEnv = {
  Bindings: Env;
  Variables: SecureHeadersVariables & {
    /** Built once per request by app.tsx's first middleware. */
    ctx: Ctx;
    /** Set by requireSession() on the pages behind sign-in. */
    session?: Session;
    /** Set by requireOperator() on the operator console's pages. */
    operator?: OperatorSession;
  };
};
