# syntax=docker/dockerfile:1
# Build: docker build -t briefbot .
# Run:   docker run --env-file .env --stop-timeout 30 -p 8080:8080 -v briefbot-data:/data briefbot
# (--stop-timeout: on SIGTERM the bot finishes claimed posts for up to 20 s;
# Docker's default of 10 s would kill it half-way.)

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# A static binary with the time zone database inside, so /subscribe … tz
# works on an image without /usr/share/zoneinfo.
RUN CGO_ENABLED=0 go build -trimpath -tags timetzdata -ldflags="-s -w" -o /out/briefbot . \
 && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/briefbot /usr/local/bin/briefbot
# The SQLite store (the default DATABASE_URL) lives in /data; mount a volume
# there, or set DATABASE_URL=postgres://… for several replicas.
COPY --from=build --chown=65532:65532 /out/data /data
WORKDIR /data
# distroless's nonroot user, by number: Kubernetes' runAsNonRoot can only
# verify a numeric USER, and refuses to start an image that names one.
USER 65532:65532
ENV HTTP_ADDR=:8080 LOG_FORMAT=json
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/briefbot"]
