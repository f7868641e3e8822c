# The portal image used by docker-compose.yml: built from source, run as an unprivileged user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw --batch-mode --no-transfer-progress -DskipTests package -pl partner-portal-web -am

FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /app portal
WORKDIR /app
COPY --from=build /src/partner-portal-web/target/partner-portal.jar /app/partner-portal.jar
USER portal
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/partner-portal.jar"]
