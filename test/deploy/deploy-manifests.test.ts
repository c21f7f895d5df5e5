import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validate, ValidationCode } from "dockerfile-utils";
import { parseAllDocuments, parse } from "yaml";
import { describe, expect, it } from "vitest";
import { parseConfigText } from "../../src/config/load-config.js";

/**
 * The deployment files are code too: the Dockerfile is linted, the Kubernetes
 * manifests are rendered by kustomize (through kubectl, when it is installed) and the
 * gateway config each one ships must load with Switchyard's own config loader.
 */
const root = join(import.meta.dirname, "..", "..");
const kubectl = ["/usr/bin/kubectl", "/usr/local/bin/kubectl"].find((path) => existsSync(path));

interface Container {
  readonly args?: string[];
  readonly env?: unknown[];
  readonly envFrom?: unknown[];
  readonly livenessProbe: { readonly httpGet: { readonly path: string } };
  readonly readinessProbe: { readonly httpGet: { readonly path: string } };
  readonly securityContext: { readonly readOnlyRootFilesystem?: boolean };
  readonly volumeMounts: { readonly name: string; readonly mountPath: string; readonly readOnly?: boolean }[];
}

interface PodTemplate {
  readonly metadata: { readonly labels: Record<string, string> };
  readonly spec: {
    readonly containers: Container[];
    readonly securityContext: { readonly runAsNonRoot?: boolean };
    readonly volumes: { readonly name: string; readonly configMap?: { readonly name: string } }[];
  };
}

interface KubeObject {
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly labels?: Record<string, string> };
  readonly spec?: Record<string, unknown>;
  readonly data?: Record<string, string>;
}

function render(folder: string): KubeObject[] {
  const text = execFileSync(kubectl!, ["kustomize", join(root, "deploy/kubernetes", folder)], { encoding: "utf8" });
  return parseAllDocuments(text).map((document) => document.toJS() as KubeObject);
}

function find(objects: readonly KubeObject[], kind: string, name: string): KubeObject {
  const object = objects.find((candidate) => candidate.kind === kind && candidate.metadata.name === name);
  if (!object) throw new Error(`no ${kind} ${name} among ${objects.map((candidate) => `${candidate.kind}/${candidate.metadata.name}`).join(", ")}`);
  return object;
}

/** Loads a shipped config as the gateway would, with the variables the manifests provide. */
function loadShippedConfig(text: string, path: string) {
  return parseConfigText(text, { path, env: { POSTGRES_PASSWORD: "secret", OPENROUTER_API_KEY: "key" } });
}

describe("Dockerfile", () => {
  const text = readFileSync(join(root, "Dockerfile"), "utf8");

  it("passes the Dockerfile linter", () => {
    const problems = validate(text).map((diagnostic) => `${diagnostic.range.start.line + 1}: ${typeof diagnostic.message === "string" ? diagnostic.message : diagnostic.message.value}`);
    expect(problems).toEqual([]);
  });

  it("is multi-stage, pinned, non-root, health-checked and ships only the built package", () => {
    const froms = [...text.matchAll(/^FROM\s+(\S+)/gm)].map((match) => match[1]);
    expect(froms).toEqual(["node:${NODE_VERSION}-bookworm", "node:${NODE_VERSION}-bookworm-slim"]);
    expect(text).toMatch(/^ARG NODE_VERSION=\d+\.\d+\.\d+$/m);
    expect(text).toMatch(/^USER node$/m);
    expect(text).toMatch(/^HEALTHCHECK /m);
    const runtimeCopies = text.split(/^FROM .* AS runtime$/m)[1]!.match(/^COPY .*/gm);
    expect(runtimeCopies).toEqual([
      "COPY --from=build /src/package.json ./package.json",
      "COPY --from=build /src/node_modules ./node_modules",
      "COPY --from=build /src/dist ./dist",
    ]);
    // The linter knows every instruction the file uses.
    expect(validate(text).filter((diagnostic) => diagnostic.code === ValidationCode.UNKNOWN_INSTRUCTION)).toEqual([]);
  });
});

describe("compose.yaml", () => {
  const compose = parse(readFileSync(join(root, "compose.yaml"), "utf8")) as {
    services: Record<string, { deploy?: { replicas?: number }; depends_on?: Record<string, { condition: string }>; healthcheck?: unknown; volumes?: string[] }>;
  };

  it("runs two gateway replicas that wait for a healthy PostgreSQL and Redis", () => {
    const gateway = compose.services.gateway!;
    expect(gateway.deploy?.replicas).toBe(2);
    expect(gateway.depends_on).toEqual({ postgres: { condition: "service_healthy" }, redis: { condition: "service_healthy" } });
    expect(compose.services.postgres?.healthcheck).toBeDefined();
    expect(compose.services.redis?.healthcheck).toBeDefined();
    expect(gateway.volumes).toContain("./deploy/compose:/etc/switchyard:ro");
  });

  it("ships a gateway config that shares one ledger and one Redis", () => {
    const path = join(root, "deploy/compose/switchyard.yaml");
    const config = loadShippedConfig(readFileSync(path, "utf8"), path);
    expect(config.ledger.store).toMatchObject({ kind: "postgres", url: "postgres://switchyard:secret@postgres:5432/switchyard" });
    expect(config.governance.redisUrl).toBe("redis://redis:6379");
  });
});

describe.skipIf(!kubectl)("Kubernetes manifests (rendered with kubectl kustomize)", () => {
  it("base: a probed, non-root Deployment reading its config from a directory-mounted ConfigMap, with Service, HPA and PDB", () => {
    const objects = render("base");
    const deployment = find(objects, "Deployment", "switchyard");
    const pod = (deployment.spec as { template: PodTemplate }).template;
    const container = pod.spec.containers[0]!;
    expect(container.livenessProbe.httpGet.path).toBe("/healthz");
    expect(container.readinessProbe.httpGet.path).toBe("/readyz");
    expect(pod.spec.securityContext.runAsNonRoot).toBe(true);
    expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
    // A subPath mount would never see ConfigMap updates, so hot reload needs the whole directory.
    const configMount = container.volumeMounts.find((mount) => mount.name === "config");
    expect(configMount).toEqual({ name: "config", mountPath: "/etc/switchyard", readOnly: true });
    expect(container.args).toEqual(["serve", "--config", "/etc/switchyard/switchyard.yaml", "--host", "0.0.0.0", "--port", "4000"]);
    expect(container.envFrom).toEqual([{ secretRef: { name: "switchyard-provider-keys", optional: true } }]);

    const configMap = find(objects, "ConfigMap", "switchyard-config");
    expect(pod.spec.volumes.find((volume) => volume.name === "config")?.configMap?.name).toBe(configMap.metadata.name);
    expect(loadShippedConfig(configMap.data!["switchyard.yaml"]!, "switchyard.yaml").routes.has("chat")).toBe(true);

    const service = find(objects, "Service", "switchyard");
    expect(service.spec!.selector).toEqual((deployment.spec as { selector: { matchLabels: unknown } }).selector.matchLabels);
    const hpa = find(objects, "HorizontalPodAutoscaler", "switchyard");
    expect(hpa.spec!.scaleTargetRef).toEqual({ apiVersion: "apps/v1", kind: "Deployment", name: "switchyard" });
    const pdb = find(objects, "PodDisruptionBudget", "switchyard");
    const pdbSelector = (pdb.spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels;
    for (const [label, value] of Object.entries(pdbSelector)) expect(pod.metadata.labels[label]).toBe(value);
  });

  it("overlay postgres-redis: the gateway's config names the in-cluster PostgreSQL and Redis, password from a Secret", () => {
    const objects = render("overlays/postgres-redis");
    const config = loadShippedConfig(find(objects, "ConfigMap", "switchyard-config").data!["switchyard.yaml"]!, "switchyard.yaml");
    const postgres = find(objects, "Service", "switchyard-postgres");
    const redis = find(objects, "Service", "switchyard-redis");
    expect(config.ledger.store).toMatchObject({ kind: "postgres", url: `postgres://switchyard:secret@${postgres.metadata.name}:5432/switchyard` });
    expect(config.governance.redisUrl).toBe(`redis://${redis.metadata.name}:6379`);
    find(objects, "StatefulSet", "switchyard-postgres");
    find(objects, "Deployment", "switchyard-redis");
    const gateway = (find(objects, "Deployment", "switchyard").spec as { template: PodTemplate }).template.spec.containers[0]!;
    expect(gateway.env).toEqual([{ name: "POSTGRES_PASSWORD", valueFrom: { secretKeyRef: { name: "switchyard-postgres", key: "POSTGRES_PASSWORD" } } }]);
    // The gateway's selector must not capture the database's or Redis's pods.
    const selector = (find(objects, "Deployment", "switchyard").spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels;
    const redisPods = (find(objects, "Deployment", "switchyard-redis").spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
    expect(Object.entries(selector).every(([label, value]) => redisPods[label] === value)).toBe(false);
  });
});
