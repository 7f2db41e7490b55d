#!/usr/bin/env bash
# scripts/install-deps.sh - Installs the Debian packages the build and tests need.
# Idempotent: asks apt-get only for packages that are missing, so a second run is instant.
set -euo pipefail

packages=(
  cmake ninja-build g++ make
  llvm-19-dev libzstd-dev llvm-19-tools
  libfmt-dev libcli11-dev catch2
  pybind11-dev python3-dev python3-numpy python3-pytest python3-hypothesis python3-torchvision
  libopenblas-dev zlib1g-dev libdlpack-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
