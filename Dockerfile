# syntax=docker/dockerfile:1

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
# The README's install step: the daemon's publish, ReadyToRun (src/ReadyToRun.targets), with the CLI
# beside it; the runtime image stays framework-dependent.
RUN dotnet publish src/FeedWatch.Daemon -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# Config is mounted read-only at /app/config; Storage:Path "../data/feedwatch.db" resolves to the volume.
RUN mkdir -p /app/data /app/logs && chown "$APP_UID" /app/data /app/logs
ENV PATH="/app:${PATH}" \
    FEEDWATCH_CONFIG=/app/config/feedwatch.json \
    DOTNET_gcServer=0
VOLUME ["/app/data"]
# The non-root user the .NET images ship with.
USER $APP_UID
# Exit 0 while the daemon's heartbeat (every 30 s) is fresh and no feed has failed for over 6 h;
# exit 5 and one line per reason otherwise (`docker inspect` shows them). Same config, same volume.
HEALTHCHECK --interval=1m --timeout=30s --start-period=2m --retries=3 CMD ["feedwatch", "health"]
ENTRYPOINT ["feedwatchd"]
