#!/usr/bin/env bash
# Makes sure Debian's Chromium and ChromeDriver are present for the browser tests (run by `mvn verify`
# before the integration tests, and by .ci/run). Installs them with apt-get when running as root.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The browser tests need Chromium and ChromeDriver: sudo apt-get install -y chromium chromium-driver" >&2
  exit 1
fi
echo "Installing Chromium and ChromeDriver (Debian packages) for the browser tests..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver >/dev/null
