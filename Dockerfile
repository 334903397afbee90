# The casework service as a container image: built with Maven, run on a JRE as an unprivileged user.
# docker-compose.yml runs it against PostgreSQL 17.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
# a fixed uid, so a host directory for the backups (docker-compose.yml, profile backup) can be made writable for it
RUN useradd --system --uid 10001 --home-dir /app casework \
    && mkdir -p /backups/data /backups/keys && chown -R casework /backups
WORKDIR /app
COPY --from=build /src/api-gateway/target/casework.jar /app/casework.jar
USER casework
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/casework.jar"]
