#!/usr/bin/env bash
# What `make test` needs, brought up when it is not: PostgreSQL, RabbitMQ and NATS started (a machine of this
# kind has them installed, and usually running), and Debian's packages installed when missing: chromium and
# chromium-driver (the HTML report and the Web UI are checked as headless Chromium renders them) and
# docker-compose (docker-compose.yml is validated, not run: no Docker engine runs here). Safe to run again.
set -euo pipefail

up() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() {
  local port=$1 name=$2
  for _ in $(seq 1 60); do up "$port" && return 0; sleep 1; done
  echo "services: $name did not come up on 127.0.0.1:$port" >&2
  return 1
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    echo "services: needs root for: $*" >&2
    return 1
  fi
}

needs() {
  command -v "$1" >/dev/null && return 0
  echo "services: $2 is neither running on 127.0.0.1:$3 nor installed (apt-get install $4)" >&2
  exit 1
}

if ! up 5432; then
  needs pg_ctlcluster PostgreSQL 5432 postgresql
  as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  wait_for 5432 PostgreSQL
fi
if ! up 5672; then
  needs rabbitmq-server RabbitMQ 5672 rabbitmq-server
  as_root rabbitmq-server -detached
  wait_for 5672 RabbitMQ
fi
if ! up 4222; then
  needs nats-server NATS 4222 nats-server
  as_root start-stop-daemon --start --oknodo --background --exec "$(command -v nats-server)" -- \
    -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server -l /var/log/nats-server.log
  wait_for 4222 NATS
fi

missing=()
command -v docker-compose >/dev/null || missing+=(docker-compose)
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
if [ ${#missing[@]} -gt 0 ]; then
  echo "services: installing ${missing[*]} from Debian's packages" >&2
  as_root apt-get update -qq >/dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
