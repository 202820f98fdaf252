#!/usr/bin/env bash
# Everything a fresh machine needs: Debian packages the tests use (when absent), then the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-noto-core >/dev/null 2>&1 || missing+=(fonts-noto-core) # Vietnamese glyphs in screenshots
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui) # recalculates generated templates in the tests
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Cần cài các gói Debian: ${missing[*]} (chạy với quyền root: apt-get install -y ${missing[*]})" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

npm ci --no-audit --no-fund
