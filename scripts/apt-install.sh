#!/usr/bin/env bash
# Make sure the given Debian packages are installed.
#
# Installs only what is missing, and only as root; otherwise prints the apt-get line a person has to run and fails.
# `apt-get update` runs at most once, and only when something is missing and the package lists are absent or
# older than a day (slim images and fresh CI machines ship without them).
#
# usage: scripts/apt-install.sh PACKAGE...
set -euo pipefail

if [ "$#" -eq 0 ]; then
    exit 0
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "apt-install: not a Debian system, cannot check for: $*" >&2
    echo "apt-install: install the equivalent packages yourself; continuing" >&2
    exit 0
fi

missing=()
for package in "$@"; do
    # "installed" only: a half-configured package (e.g. an interrupted install) counts as missing.
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    if [ "$status" != "installed" ]; then
        missing+=("$package")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "missing system packages: ${missing[*]}" >&2
    echo "install them with:  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt_options=(-y -q -o DPkg::Lock::Timeout=600 --no-install-recommends)

lists_fresh() {
    [ -n "$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -mmin -1440 -print -quit 2>/dev/null)" ]
}

echo "apt-install: installing ${missing[*]}"
if lists_fresh; then
    # The lists may still be too old for a mirror that moved on: update once and retry.
    if ! apt-get install "${apt_options[@]}" "${missing[@]}"; then
        apt-get update -q -o DPkg::Lock::Timeout=600
        apt-get install "${apt_options[@]}" "${missing[@]}"
    fi
else
    apt-get update -q -o DPkg::Lock::Timeout=600
    apt-get install "${apt_options[@]}" "${missing[@]}"
fi
