import { Layout } from "./layout";

export function SignInPage({ next, error }: { next: string; error?: string }) {
  return (
    <Layout title="Sign in">
      <section class="card narrow">
        <h1>Welcome to Nightlight</h1>
        <p>Bedtime stories for your family, written, painted and read aloud each night.</p>
        <form method="post" action="/sign-in" class="form">
          <input type="hidden" name="next" value={next} />
          <div class="field">
            <label for="passphrase">Passphrase</label>
            <input
              id="passphrase"
              name="passphrase"
              type="password"
              autocomplete="current-password"
              required
              aria-invalid={error ? "true" : undefined}
              aria-describedby={error ? "passphrase-error" : undefined}
            />
            {error ? (
              <p id="passphrase-error" class="field-error">
                {error}
              </p>
            ) : null}
          </div>
          <button type="submit" class="button">
            Sign in
          </button>
        </form>
      </section>
    </Layout>
  );
}
