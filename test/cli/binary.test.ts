import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { waitFor } from "../support/wait-for.js";
import { spawnSwitchyard, type SpawnedSwitchyard } from "../support/spawn-switchyard.js";


describe("the switchyard binary", () => {
  const children: ChildProcessWithoutNullStreams[] = [];
  let fake: FakeUpstream | undefined;
  afterEach(async () => {
    for (const child of children.splice(0)) child.kill("SIGKILL");
    await fake?.close();
  });

  function run(args: string[], cwd: string): SpawnedSwitchyard {
    const spawned = spawnSwitchyard(args, { cwd });
    children.push(spawned.child);
    return spawned;
  }


  it("exits 2 with a one-line reason for a bad config", async () => {
    const directory = await mkdtemp(join(tmpdir(), "switchyard-"));
    await writeFile(join(directory, "switchyard.yaml"), "modles: {}\n");
    const result = run(["serve"], directory);
    expect(await result.exit).toBe(2);
    expect(result.stderr()).toBe("switchyard: switchyard.yaml:1: modles: unknown key\n");
  });

  it("exits 2 for bad usage", async () => {
    const result = run(["serve", "--port", "http"], tmpdir());
    expect(await result.exit).toBe(2);
    expect(result.stderr()).toContain("must be an integer");
  });

  it("serves, reloads on SIGHUP, and exits 0 on SIGTERM", async () => {
    fake = await startFakeUpstream();
    const directory = await mkdtemp(join(tmpdir(), "switchyard-"));
    const file = join(directory, "switchyard.yaml");
    const config = (alias: string) => `server: { port: 0 }\nproviders:\n  local: { type: openai-compatible, base_url: "${fake!.url}" }\nmodels:\n  ${alias}: { targets: [{ provider: local, model: m }] }\n`;
    await writeFile(file, config("before"));
    const result = run(["serve"], directory);
    await waitFor(() => /listening on (http:\/\/\S+)/.test(result.stdout()));
    const url = /listening on (http:\/\/\S+)/.exec(result.stdout())![1]!;
    const models = async () => ((await (await fetch(`${url}/v1/models`)).json()) as { data: { id: string }[] }).data.map((model) => model.id);
    expect(await models()).toEqual(["before"]);

    await writeFile(file, config("after"));
    result.child.kill("SIGHUP");
    await waitFor(async () => (await models()).includes("after"));

    result.child.kill("SIGTERM");
    expect(await result.exit).toBe(0);
    expect(result.stderr()).toContain('"msg":"config reloaded"');
  });
});
