#!/usr/bin/env bash
# The brief's browser test renders HTML in Debian's chromium (driven by playwright-core,
# which never downloads browsers). Install it when it is missing; needs root or sudo.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium
