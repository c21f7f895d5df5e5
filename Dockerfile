# syntax=docker/dockerfile:1
# Switchyard gateway image: built in one stage, run from the built package only.
#
#   docker build -t switchyard .
#   docker run -p 4000:4000 -v "$PWD/switchyard.yaml:/etc/switchyard/switchyard.yaml:ro" switchyard
#
# Node is pinned to an exact release; pin the digest too (`node:20.19.6-bookworm@sha256:…`)
# in your own registry mirror once you have pulled it.
ARG NODE_VERSION=20.19.6

FROM node:${NODE_VERSION}-bookworm AS build
WORKDIR /src
# better-sqlite3 compiles from source here (python3, make and g++ come with this image).
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY data ./data
RUN npm run build && npm prune --omit=dev

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /opt/switchyard
COPY --from=build /src/package.json ./package.json
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist ./dist
# The ledger (SQLite), its spill file and watch snapshots live in the working directory.
RUN mkdir -p /var/lib/switchyard /etc/switchyard && chown node:node /var/lib/switchyard
WORKDIR /var/lib/switchyard
USER node
EXPOSE 4000
# /healthz says the process serves; orchestrators that can should probe /readyz for store health.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "/opt/switchyard/dist/cli/index.js"]
# The config directory is watched: a replaced file (a Kubernetes ConfigMap update) reloads without a restart.
CMD ["serve", "--config", "/etc/switchyard/switchyard.yaml", "--host", "0.0.0.0", "--port", "4000"]
