#!/usr/bin/env bash
# The demo's browser test drives Debian's Chromium (test/browser.test.ts). The project installs
# what its tests need: on a machine without /usr/bin/chromium, Debian's package is installed
# here (as root, or through sudo), so `pnpm test` works on a fresh machine with only Node.js.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  as_root=(env)
elif command -v sudo > /dev/null; then
  as_root=(sudo env)
else
  echo "The demo's browser test needs Debian's chromium: run \`apt-get install -y --no-install-recommends chromium\` as root." >&2
  exit 1
fi
echo "Installing Debian's chromium for the demo's browser test…" >&2
"${as_root[@]}" DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium > /dev/null
