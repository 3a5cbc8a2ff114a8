# Participa ICETEX: the WAR on Payara Micro 6 (Jakarta EE 10, JDK 17), served at "/".
#
#   docker build -t participa-icetex .
#   docker run -p 8080:8080 \
#     -e PARTICIPA_DB_URL='jdbc:mysql://db.example:3306/participa?useUnicode=true&characterEncoding=UTF-8' \
#     -e PARTICIPA_DB_USER=participa -e PARTICIPA_DB_PASSWORD=... \
#     -e PARTICIPA_SMTP_HOST=smtp.example -e PARTICIPA_SMTP_PORT=587 -e PARTICIPA_SMTP_STARTTLS=true \
#     -e PARTICIPA_SMTP_USER=... -e PARTICIPA_SMTP_PASSWORD=... -e PARTICIPA_SMTP_FROM=participa@icetex.gov.co \
#     -e PARTICIPA_BASE_URL=https://participa.icetex.gov.co \
#     participa-icetex
#
# Configuration comes from the same PARTICIPA_* environment variables as everywhere else (MicroProfile Config
# maps participa.db.url to PARTICIPA_DB_URL, participa.base-url to PARTICIPA_BASE_URL, ...):
#   PARTICIPA_DB_URL, PARTICIPA_DB_USER, PARTICIPA_DB_PASSWORD        MySQL 8.4 / MariaDB 11 (database utf8mb4)
#   PARTICIPA_SMTP_HOST, _PORT, _USER, _PASSWORD, _FROM, _STARTTLS
#   PARTICIPA_BASE_URL         public base URL used in e-mails
#   PARTICIPA_DEMO             true = load demo content at start (leave unset/false in production)
#   PARTICIPA_MAIL_RETRY_SECONDS, PARTICIPA_RATELIMIT_PER_HOUR, PARTICIPA_MAIL_PER_RECIPIENT_PER_DAY
#   PARTICIPA_PROXY_TRUSTED + PARTICIPA_PROXY_ADDRESSES (behind a reverse proxy: its own addresses)
# JVM options go in JVM_ARGS (the base image's entrypoint adds them), e.g. -e JVM_ARGS=-Xmx1g.
# Against a remote TLS database keep TLS on and add fallbackToSystemKeyStore=false to the JDBC URL (STACK.md).

# ---- build ----
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
COPY src ./src
COPY sql ./sql
COPY webapp-themes ./webapp-themes
RUN --mount=type=cache,target=/root/.m2 mvn -B -DskipTests package
# Payara Micro takes one pre-boot command file: the portal's own (no Server header) plus the listener kept
# closed until the WAR is deployed (no English error pages, no empty 500s while starting).
RUN cat target/payara/pre-boot-commands.asadmin target/payara/closed-until-deployed.asadmin \
      > target/payara/serving-pre-boot.asadmin

# ---- runtime ----
# The image runs as user "payara"; its entrypoint is
#   java -XX:MaxRAMPercentage=... ${JVM_ARGS} -jar payara-micro.jar "$@"
# and its default CMD deploys everything in $DEPLOY_DIR (/opt/payara/deployments). We deploy our WAR
# explicitly instead, so that it is served at the root context.

FROM payara/micro:6.2025.10-jdk17
COPY --from=build /build/target/participa.war $DEPLOY_DIR/participa.war
COPY --from=build /build/target/payara/serving-pre-boot.asadmin /build/target/payara/post-deploy-commands.asadmin /opt/payara/config/
EXPOSE 8080
CMD ["--deploy", "/opt/payara/deployments/participa.war", "--contextroot", "/", "--disablephonehome", \
     "--prebootcommandfile", "/opt/payara/config/serving-pre-boot.asadmin", \
     "--postdeploycommandfile", "/opt/payara/config/post-deploy-commands.asadmin"]
