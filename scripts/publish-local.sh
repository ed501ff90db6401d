#!/usr/bin/env bash
# End to end, as a user outside this repository would: start Verdaccio 6.8.0 (installed from npm
# into a temporary directory; node-fetch overridden to 2.7.0 so that it runs on Node 20) on
# 127.0.0.1, publish the three packages with pnpm (which replaces workspace: and catalog:), then
# install them into scratch projects with npm and with pnpm and use them there: `npx solarproof-mock`
# (--version and a served request), an ESM import, require() refused plainly, the shipped
# openapi.yaml, source maps that point at shipped files, and a TypeScript typecheck under
# moduleResolution node16 and bundler (with msw 2 under npm, msw 3 under pnpm).
# Nothing outside the temporary directory changes: its own npm cache, pnpm store and npmrc.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
HERE="$ROOT/scripts/publish-local"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/solarproof-publish.XXXXXX")
VERDACCIO_PID=
cleanup() {
  [ -n "$VERDACCIO_PID" ] && kill "$VERDACCIO_PID" 2>/dev/null || true
  [ "${KEEP_TMP:-0}" = 1 ] || rm -rf "$TMP"
}
trap cleanup EXIT
trap "exit 1" INT TERM
step() { echo "== $*"; }
# Installs fetch everything but our packages through Verdaccio's uplink to npm, which a busy machine
# can make fail once (Verdaccio then reports the package as missing): try three times, and show
# Verdaccio's log when the last try fails too.
with_retries() {
  local try
  for try in 1 2 3; do
    "$@" && return 0
    echo "   (try $try of 3 failed)"
    sleep 2
  done
  echo "== Verdaccio's log:"
  tail -n 40 "$TMP/verdaccio.log" || true
  return 1
}

step "building the packages"
(cd "$ROOT" && pnpm turbo run build --filter=@solarproof/client... --filter=@solarproof/mock-server... --output-logs=errors-only >/dev/null)

step "installing Verdaccio 6.8.0 into $TMP/verdaccio"
mkdir -p "$TMP/verdaccio" "$TMP/npm-cache"
cat >"$TMP/verdaccio/package.json" <<'JSON'
{ "name": "verdaccio-host", "private": true, "dependencies": { "verdaccio": "6.8.0" }, "overrides": { "node-fetch": "2.7.0" } }
JSON
npm install --prefix "$TMP/verdaccio" --cache "$TMP/npm-cache" --no-audit --no-fund --loglevel=error >/dev/null

PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
REGISTRY="http://127.0.0.1:$PORT/"
sed -e "s#@STORAGE@#$TMP/storage#" "$HERE/verdaccio.yaml" >"$TMP/verdaccio/config.yaml"
step "starting Verdaccio on $REGISTRY"
"$TMP/verdaccio/node_modules/.bin/verdaccio" --config "$TMP/verdaccio/config.yaml" --listen "127.0.0.1:$PORT" >"$TMP/verdaccio.log" 2>&1 &
VERDACCIO_PID=$!
for _ in $(seq 1 150); do curl -sf "${REGISTRY}-/ping" >/dev/null && break; sleep 0.2; done
curl -sf "${REGISTRY}-/ping" >/dev/null || { cat "$TMP/verdaccio.log"; exit 1; }

# A throwaway user of this throwaway registry: publishing needs some token.
TOKEN=$(curl -sf -X PUT -H 'content-type: application/json' \
  -d '{"name":"e2e","password":"e2e-password"}' "${REGISTRY}-/user/org.couchdb.user:e2e" |
  node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).token))")
NPMRC="$TMP/npmrc"
printf 'registry=%s\n//127.0.0.1:%s/:_authToken=%s\n' "$REGISTRY" "$PORT" "$TOKEN" >"$NPMRC"
export npm_config_userconfig="$NPMRC" npm_config_cache="$TMP/npm-cache" npm_config_registry="$REGISTRY"
export npm_config_update_notifier=false
STORE="$TMP/pnpm-store"

step "publishing with pnpm"
for pkg in packages/schemas packages/client apps/mock-server; do
  (cd "$ROOT/$pkg" && pnpm publish --no-git-checks --registry "$REGISTRY" >/dev/null)
  echo "   published $(node -p "require('$ROOT/$pkg/package.json').name")"
done

check_project() {
  local dir=$1
  cd "$dir"
  step "$(basename "$dir"): npx solarproof-mock --version"
  npx --no-install solarproof-mock --version
  step "$(basename "$dir"): a served request"
  node ./serve-one-request.mjs
  step "$(basename "$dir"): an ESM import, require() refused, the spec, the source maps"
  node ./use-packages.mjs
  step "$(basename "$dir"): typecheck, moduleResolution node16 and bundler"
  ./node_modules/.bin/tsc -p tsconfig.node16.json
  ./node_modules/.bin/tsc -p tsconfig.bundler.json
}

new_project() {
  local dir=$1
  mkdir -p "$dir"
  cp "$HERE/consumer.ts" "$HERE/serve-one-request.mjs" "$HERE/use-packages.mjs" "$HERE"/tsconfig.*.json "$dir/"
  printf '{ "name": "scratch", "private": true, "type": "module" }\n' >"$dir/package.json"
}

TS=$(node -p "require('$ROOT/node_modules/typescript/package.json').version")
new_project "$TMP/with-npm"
step "with-npm: npm install (msw 2)"
(cd "$TMP/with-npm" && with_retries npm install --no-audit --no-fund --loglevel=error \
  @solarproof/client @solarproof/mock-server @solarproof/schemas msw@^2.15.0 "typescript@$TS" @types/node@20 >/dev/null)
check_project "$TMP/with-npm"

new_project "$TMP/with-pnpm"
step "with-pnpm: pnpm add (msw 3, typecheck only on Node 20: msw 3 wants Node 22)"
(cd "$TMP/with-pnpm" && with_retries pnpm add --store-dir "$STORE" --config.engine-strict=false \
  @solarproof/client @solarproof/mock-server @solarproof/schemas msw@^3 "typescript@$TS" @types/node@20 >/dev/null 2>&1)
check_project "$TMP/with-pnpm"

echo "publish-local: every check passed"
