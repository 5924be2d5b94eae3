#!/usr/bin/env bash
# The npm packages some tests read, into target/npm; Maven runs this before the tests (generate-test-resources).
#  - jsonld (jsonld.js), to run the README's JSON-LD snippet;
#  - json-ld 0.1.0, only for the copy of schema.org's published JSON-LD context it ships
#    (lib/known-contexts.js), which the search-engine test expands the pages' embedded JSON-LD with.
# Never fails the build: without npm or the registry the tests that read these packages skip with a reason.
set -uo pipefail
dir="$(dirname "$0")/../../../target/npm"
if [ -f "$dir/node_modules/jsonld/package.json" ] && [ -f "$dir/json-ld/lib/known-contexts.js" ]; then exit 0; fi
if ! command -v npm >/dev/null 2>&1; then
  echo "warning: npm not found; the jsonld.js and search-engine tests will skip"; exit 0
fi
fetch() {
  set -e
  mkdir -p "$dir" && cd "$dir"
  [ -f package.json ] || echo '{"private": true}' > package.json
  npm install --no-audit --no-fund --silent jsonld@9.0.0
  npm pack --silent json-ld@0.1.0 >/dev/null
  rm -rf json-ld && mkdir json-ld && tar xzf json-ld-0.1.0.tgz -C json-ld --strip-components=1 && rm json-ld-0.1.0.tgz
}
( fetch ) || echo "warning: the npm packages could not be installed; the tests reading them will skip"
exit 0
