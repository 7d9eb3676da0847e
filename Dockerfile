# stancewatch: one process with scheduler, outbox sender and dashboard.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

RUN groupadd --system --gid 10001 stancewatch \
    && useradd --system --uid 10001 --gid stancewatch --home-dir /app --shell /usr/sbin/nologin stancewatch

COPY pyproject.toml README.md ./
COPY monitor ./monitor
COPY storage ./storage
RUN pip install --no-cache-dir .

COPY rules ./rules
COPY baseline ./baseline
COPY config.toml ./config.toml

RUN mkdir -p /app/data && chown -R stancewatch:stancewatch /app/data
VOLUME ["/app/data"]

USER 10001:10001
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=4).status == 200 else 1)"]

# Inside a container the dashboard must listen beyond loopback: set dashboard.password
# (or STANCEWATCH_PASSWORD through config) and run with --host 0.0.0.0.
CMD ["stancewatch", "run", "--host", "0.0.0.0"]
