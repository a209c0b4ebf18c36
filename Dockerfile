# Production image: the API serving the built admin UI, against the PostgreSQL of DATABASE_URL.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY server/package.json server/
COPY admin-ui/package.json admin-ui/
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json ./
COPY server server
COPY admin-ui admin-ui
COPY contracts contracts
COPY migrations migrations
COPY seed seed
COPY scripts scripts
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production PORT=3000 NODE_OPTIONS=--max-old-space-size=200
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/server/package.json server/
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/admin-ui/dist admin-ui/dist
USER node
EXPOSE 3000
CMD ["node", "server/dist/server/src/main.js"]
