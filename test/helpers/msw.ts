/**
 * One msw server for tests that fake HTTP providers (OpenAI, Polly) inside the Worker. Unhandled
 * requests fail the test, so nothing reaches the network.
 * @example
 * const server = useMsw();
 * server.use(http.post("https://images.test/v1/images/generations", () => HttpResponse.json({…})));
 */
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";

export function useMsw() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}
