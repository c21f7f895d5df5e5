import { render, type VNode } from "preact";
import { html } from "htm/preact";
import { useEffect, useState } from "preact/hooks";
import { api, ApiError } from "./api.js";
import { OverviewPage } from "./pages/overview-page.js";
import { RoutesPage } from "./pages/routes-page.js";
import { KeysPage } from "./pages/keys-page.js";
import { UsagePage } from "./pages/usage-page.js";
import { EvaluationsPage } from "./pages/evaluations-page.js";
import { ExposurePage } from "./pages/exposure-page.js";
import { DecisionsPage } from "./pages/decisions-page.js";

interface Session {
  readonly authenticated: boolean;
  readonly loginRequired: boolean;
}

/** The pages, in navigation order; the URL hash names the page (`#/keys`), so reloads and links keep it. */
const pages: readonly { readonly id: string; readonly title: string; readonly render: (rest: string) => VNode }[] = [
  { id: "overview", title: "Overview", render: () => html`<${OverviewPage} />` },
  { id: "routes", title: "Routes", render: () => html`<${RoutesPage} />` },
  { id: "keys", title: "Keys", render: () => html`<${KeysPage} />` },
  { id: "usage", title: "Usage", render: () => html`<${UsagePage} />` },
  { id: "evaluations", title: "Evaluations", render: () => html`<${EvaluationsPage} />` },
  { id: "exposure", title: "Exposure", render: () => html`<${ExposurePage} />` },
  { id: "decisions", title: "Decisions & watch", render: (rest) => html`<${DecisionsPage} selected=${rest === "" ? undefined : decodeURIComponent(rest)} />` },
];

function currentRoute(): { page: string; rest: string } {
  const [page = "overview", ...rest] = window.location.hash.replace(/^#\/?/, "").split("/");
  return { page: pages.some((candidate) => candidate.id === page) ? page : "overview", rest: rest.join("/") };
}

function Login(props: { onDone: () => void }): VNode {
  const [token, setToken] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api("/login", { method: "POST", body: { token } });
      setToken("");
      props.onDone();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  return html`<main class="login" id="main">
    <h1>Switchyard console</h1>
    <form onSubmit=${(event: Event) => void submit(event)}>
      <label for="admin-token">Admin token</label>
      <input id="admin-token" name="token" type="password" autocomplete="current-password" required value=${token} onInput=${(event: Event) => setToken((event.target as HTMLInputElement).value)} />
      <p class="hint">The value of <code>server.admin_token</code> in the gateway's config.</p>
      ${error ? html`<p class="error" role="alert">${error}</p>` : null}
      <button type="submit" disabled=${busy}>Log in</button>
    </form>
  </main>`;
}

function App(): VNode {
  const [session, setSession] = useState<Session | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [route, setRoute] = useState(currentRoute());
  const check = (): void => {
    api<Session>("/session").then(setSession, (error: unknown) => setFailure(error instanceof ApiError ? error.message : String(error)));
  };
  useEffect(() => {
    check();
    const onHash = (): void => setRoute(currentRoute());
    const onLoggedOut = (): void => setSession((previous) => (previous ? { ...previous, authenticated: false } : previous));
    window.addEventListener("hashchange", onHash);
    window.addEventListener("console-logged-out", onLoggedOut);
    return () => {
      window.removeEventListener("hashchange", onHash);
      window.removeEventListener("console-logged-out", onLoggedOut);
    };
  }, []);
  useEffect(() => {
    const page = pages.find((candidate) => candidate.id === route.page);
    document.title = `${page?.title ?? "Console"} · Switchyard`;
  }, [route.page]);

  if (failure) return html`<main class="login" id="main"><h1>Switchyard console</h1><p class="error" role="alert">${failure}</p></main>`;
  if (!session) return html`<p class="loading">Loading…</p>`;
  if (!session.authenticated) return html`<${Login} onDone=${check} />`;
  const page = pages.find((candidate) => candidate.id === route.page) ?? pages[0]!;
  const logout = async (): Promise<void> => {
    await api("/logout", { method: "POST", body: {} });
    check();
  };
  return html`<a class="skip" href="#main" onClick=${(event: Event) => {
      event.preventDefault();
      document.getElementById("main")?.focus();
    }}>Skip to content</a>
    <header class="top">
      <span class="brand">Switchyard</span>
      <nav aria-label="Console pages">
        <ul>${pages.map((candidate) => html`<li><a href=${`#/${candidate.id}`} aria-current=${candidate.id === page.id ? "page" : undefined}>${candidate.title}</a></li>`)}</ul>
      </nav>
      ${session.loginRequired ? html`<button class="link" type="button" onClick=${() => void logout()}>Log out</button>` : html`<span class="hint" title="No server.admin_token: the console answers on loopback only">loopback</span>`}
    </header>
    <main id="main" tabindex="-1">
      <h1>${page.title}</h1>
      ${page.render(route.rest)}
    </main>`;
}

render(html`<${App} />`, document.getElementById("app")!);
