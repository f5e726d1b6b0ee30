# One image for every process of the graph; docker-compose.yml picks the command.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 (the embedded default) compiles from source.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json ./
COPY gateway/package.json gateway/
COPY commands/package.json commands/
COPY bench/package.json bench/
COPY examples/package.json examples/
COPY dashboard/package.json dashboard/
COPY subgraphs/subgraph-kit/package.json subgraphs/subgraph-kit/
COPY subgraphs/cooperatives/package.json subgraphs/cooperatives/
COPY subgraphs/umkm/package.json subgraphs/umkm/
COPY subgraphs/training/package.json subgraphs/training/
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
# Fonts for the charts the gateway draws into PNG exports (resvg uses the system's fonts).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
USER node
