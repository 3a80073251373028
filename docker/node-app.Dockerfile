# Production image for the API or the worker (APP=api|worker): build with the full toolchain,
# run with production dependencies only, as an unprivileged user.
#   docker build -f docker/node-app.Dockerfile --build-arg APP=api -t cabinet-api .
FROM node:20-bookworm-slim AS build
ARG APP=api
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npx nx run ${APP}:build --skip-nx-cache

FROM node:20-bookworm-slim AS runtime
ARG APP=api
ENV NODE_ENV=production APP=${APP}
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /src/dist/apps/${APP} ./dist
USER node
# The API listens on PORT (3000); the worker has no port.
EXPOSE 3000
CMD ["sh", "-c", "exec node --enable-source-maps dist/apps/${APP}/src/main.js"]
