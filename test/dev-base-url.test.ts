import { describe, expect, it } from "vitest";
import { devBaseUrl } from "../src/cli/dev-base-url.mjs";

describe("npm run dev's PUBLIC_BASE_URL", () => {
  it("follows the port when the base URL is unset", () => {
    expect(devBaseUrl({ args: ["--port", "8790"], devVars: "" })).toBe("http://localhost:8790");
    expect(devBaseUrl({ args: ["--port=8791"], devVars: "ADMIN_TOKEN=x\n" })).toBe("http://localhost:8791");
    expect(devBaseUrl({ args: [], devVars: "" })).toBe("http://localhost:8787");
  });

  it("follows the port while the base URL is localhost", () => {
    expect(devBaseUrl({ args: ["--port", "8790"], devVars: 'PUBLIC_BASE_URL="http://localhost:8787"\n' })).toBe(
      "http://localhost:8790",
    );
  });

  it("keeps a base URL the developer chose in .dev.vars, the environment or a --var", () => {
    const tunnel = "PUBLIC_BASE_URL=https://stories.example.net\n";
    expect(devBaseUrl({ args: ["--port", "8790"], devVars: tunnel })).toBeUndefined();
    expect(devBaseUrl({ args: ["--port", "8790"], devVars: "", env: "https://tunnel.example" })).toBeUndefined();
    expect(devBaseUrl({ args: ["--var", "PUBLIC_BASE_URL:https://x.example"], devVars: "" })).toBeUndefined();
  });
});
