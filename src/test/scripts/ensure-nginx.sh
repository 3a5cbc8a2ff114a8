#!/usr/bin/env bash
# Makes sure Debian's nginx is present for `mvn -Pcluster` and the failover test (run by Maven before
# them, and by .ci/run). Installs it with apt-get when running as root, without starting the system's
# own nginx service: the portal runs its own nginx with its own configuration.
set -euo pipefail
if [ -x /usr/sbin/nginx ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The cluster (mvn -Pcluster) and its failover test need nginx: sudo apt-get install -y nginx" >&2
  exit 1
fi
echo "Installing nginx (Debian package) for the cluster and its failover test..."
export DEBIAN_FRONTEND=noninteractive
# policy-rc.d answering 101 tells the package scripts not to start the service (Debian's documented way);
# an existing one is left as it is.
policy=/usr/sbin/policy-rc.d
created=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod +x "$policy"
  created=1
fi
trap 'if [ "$created" -eq 1 ]; then rm -f "$policy"; fi' EXIT
apt-get update -qq
apt-get install -y -qq nginx >/dev/null
