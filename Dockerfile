# The optout-recall worker image used by docker-compose.yml.
FROM python:3.11-slim

RUN apt-get update \
    && apt-get install -y --no-install-recommends git openssh-client \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /opt/optout-recall
COPY pyproject.toml README.md ./
COPY optout_recall ./optout_recall
COPY workflows ./workflows
COPY activities ./activities
COPY workers ./workers
RUN pip install --no-cache-dir .

RUN useradd --system --create-home --home-dir /var/lib/optout-recall recall
USER recall
WORKDIR /var/lib/optout-recall

CMD ["recall", "worker", "--health-file", "/tmp/worker-alive"]
