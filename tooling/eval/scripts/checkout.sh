#!/usr/bin/env bash
# Checks out every repository of the evaluation at its pinned commit:
#   tooling/eval/scripts/checkout.sh DIR [NAME...]
# makes DIR/<name>/ a clone of repos/<name>/repo.json's "repo" at its "commit", for each
# repos/<name>/ (or only the NAMEs given). An existing DIR/<name> that is a git clone is moved
# to the commit; one that is not (a plain archive) is left alone. Then run
#   pnpm eval --repos DIR
# PLEDGE_EVAL_GIT_BASE replaces https://github.com (a mirror); PLEDGE_EVAL_DATA, the data folder.
set -euo pipefail

if [[ $# -lt 1 || "$1" == "-h" || "$1" == "--help" ]]; then
  sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
dest=$1
shift
data=${PLEDGE_EVAL_DATA:-"$(cd "$(dirname "$0")/.." && pwd)/repos"}
base=${PLEDGE_EVAL_GIT_BASE:-https://github.com}
mkdir -p "$dest"

# A field of repo.json (a string), read with Node: the only tool the repository already needs.
field() {
  node -e 'const v = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))[process.argv[2]];
if (typeof v !== "string" || v === "") { console.error(`${process.argv[1]}: no "${process.argv[2]}"`); process.exit(1); }
process.stdout.write(v);' "$1" "$2"
}

if [[ $# -gt 0 ]]; then names=("$@"); else names=(); for d in "$data"/*/; do [[ -f "$d/repo.json" ]] && names+=("$(basename "$d")"); done; fi
if [[ ${#names[@]} -eq 0 ]]; then
  echo "no repositories in $data" >&2
  exit 1
fi

failed=0
for name in "${names[@]}"; do
  json="$data/$name/repo.json"
  if [[ ! -f "$json" ]]; then
    echo "$name: no $json" >&2
    failed=1
    continue
  fi
  repo=$(field "$json" repo)
  commit=$(field "$json" commit)
  target="$dest/$name"
  echo "== $name: $base/$repo @ $commit"
  if [[ -e "$target" && ! -d "$target/.git" ]]; then
    echo "$target exists and is not a git clone; leaving it as it is" >&2
    continue
  fi
  if [[ ! -d "$target/.git" ]]; then
    # A partial clone (no blobs until checkout) keeps large histories quick to fetch.
    if ! git clone --quiet --filter=blob:none --no-checkout "$base/$repo.git" "$target"; then
      echo "$name: could not clone $base/$repo.git" >&2
      failed=1
      continue
    fi
  fi
  # The pinned commit may be unreachable from the branches cloned (a PR head): fetch it by id.
  if ! git -C "$target" cat-file -e "$commit^{commit}" 2>/dev/null &&
    ! git -C "$target" fetch --quiet --filter=blob:none origin "$commit"; then
    echo "$name: could not fetch $commit" >&2
    failed=1
    continue
  fi
  if git -C "$target" -c advice.detachedHead=false checkout --quiet "$commit"; then
    echo "$target is at $(git -C "$target" rev-parse HEAD)"
  else
    echo "$name: could not check out $commit" >&2
    failed=1
  fi
done
exit "$failed"
