# The web app as static files behind nginx, which forwards /api to the API replicas.
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npx nx run web:build --skip-nx-cache

FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /src/dist/apps/web/browser /usr/share/nginx/html
EXPOSE 8080
