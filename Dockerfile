# One image recipe for every app: docker build --build-arg APP=poller|gateway|sandbox|balance-updater .
ARG NODE_VERSION=20

FROM node:${NODE_VERSION}-bookworm-slim AS build
ARG APP
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
RUN test -n "$APP" && npx nest build "$APP" && npm prune --omit=dev

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ARG APP
ENV NODE_ENV=production \
    APP=${APP}
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/apps/${APP} ./dist/apps/${APP}
COPY config ./config
USER node
STOPSIGNAL SIGTERM
CMD ["sh", "-c", "exec node dist/apps/${APP}/main.js"]
