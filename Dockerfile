# Build: restore and publish the host.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props BriefingBot.sln .editorconfig ./
COPY config/ config/
COPY src/ src/
RUN dotnet publish src/BriefingBot/BriefingBot.csproj -c Release -o /app/publish

# Run: the runtime only, as a non-root user, with the data folder as a volume.
FROM mcr.microsoft.com/dotnet/runtime:10.0 AS final
WORKDIR /app
COPY --from=build /app/publish .
RUN mkdir -p /app/data && chown -R app:app /app/data
USER app
ENV Storage__Path=/app/data/briefingbot.db
VOLUME ["/app/data"]
ENTRYPOINT ["dotnet", "BriefingBot.dll"]
