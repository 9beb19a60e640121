#!/usr/bin/env bash
# Re-create static/vendor/ from npm with pinned versions.
#
# The app runs on closed municipal networks, so every asset is committed and served by
# Django itself; npm is only needed when bumping a version. Packages are fetched with
# `npm pack` into a temporary directory (no node_modules in the repo, no install scripts).
# After bumping a version, update static/vendor/README.md too.
set -euo pipefail

HTMX_VERSION="2.0.11"                 # stay on 2.x; 4.x is a different API
UTRECHT_CSS_VERSION="9.0.4"           # @utrecht/component-library-css
VOORBEELD_TOKENS_VERSION="7.4.1"      # @nl-design-system-unstable/voorbeeld-design-tokens

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENDOR="$REPO_ROOT/static/vendor"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/vendor-assets.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

fetch() {  # fetch <package@version> <dir-name>: unpack the npm tarball into $WORK/<dir-name>
    local spec="$1" name="$2" tarball
    tarball="$(cd "$WORK" && npm pack --silent "$spec" | tail -n 1)"
    mkdir -p "$WORK/$name"
    tar -xzf "$WORK/$tarball" -C "$WORK/$name" --strip-components=1
}

fetch "htmx.org@$HTMX_VERSION" htmx
fetch "@utrecht/component-library-css@$UTRECHT_CSS_VERSION" utrecht
fetch "@nl-design-system-unstable/voorbeeld-design-tokens@$VOORBEELD_TOKENS_VERSION" voorbeeld

rm -rf "$VENDOR/htmx" "$VENDOR/utrecht" "$VENDOR/voorbeeld-design-tokens"
mkdir -p "$VENDOR/htmx" "$VENDOR/utrecht" "$VENDOR/voorbeeld-design-tokens"

install -m 0644 "$WORK/htmx/dist/htmx.min.js" "$VENDOR/htmx/htmx.min.js"
install -m 0644 "$WORK/htmx/LICENSE" "$VENDOR/htmx/LICENSE"

install -m 0644 "$WORK/utrecht/dist/index.css" "$VENDOR/utrecht/component-library.css"
install -m 0644 "$WORK/utrecht/LICENSE.md" "$VENDOR/utrecht/LICENSE.md"

# theme.css scopes every token to the .voorbeeld-theme class (put it on <body>).
# The theme names 'Noto Sans' / 'Noto Serif' but ships no font files; app.css supplies a
# system font stack instead, so nothing is fetched from a font service.
install -m 0644 "$WORK/voorbeeld/dist/theme.css" "$VENDOR/voorbeeld-design-tokens/theme.css"
install -m 0644 "$WORK/voorbeeld/LICENSE.md" "$VENDOR/voorbeeld-design-tokens/LICENSE.md"

# Refuse anything that would make the browser load from another host. The only URLs allowed
# are SVG namespace strings inside inline data: URIs.
if grep -En '@import|https?://' "$VENDOR"/utrecht/*.css "$VENDOR"/voorbeeld-design-tokens/*.css \
        | grep -v 'http://www.w3.org/2000/svg' ; then
    echo "vendor-assets: external reference found in vendored CSS (see above)" >&2
    exit 1
fi

echo "Vendored htmx.org $HTMX_VERSION, @utrecht/component-library-css $UTRECHT_CSS_VERSION," \
     "@nl-design-system-unstable/voorbeeld-design-tokens $VOORBEELD_TOKENS_VERSION into $VENDOR"
