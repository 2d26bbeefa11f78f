#!/usr/bin/env bash
# Fetches the face models SMAVS uses into a local cache, reproducibly.
#
# The models are not committed (their licence is unclear, see docs/face.md); they come from the npm
# package faceplugin-face-recognition-js@0.0.1. Both the tarball and every model file are checked
# against pinned SHA-256 sums, so a changed upstream package can never slip in silently.
#
# Target directory: $SMAVS_MODELS_DIR, default $HOME/.cache/smavs/models.
# Idempotent: when every file is already present with the right checksum it exits at once, without npm.
# Exit codes: 0 ok, 1 checksum mismatch, 2 missing tool or download failure.
set -euo pipefail

PACKAGE="faceplugin-face-recognition-js@0.0.1"
TARBALL_SHA256="7ea06031d9a3f83753254fcff60506a07b81b46fc84d4ee024cd041f260ec1ba"
TARGET_DIR="${SMAVS_MODELS_DIR:-$HOME/.cache/smavs/models}"

# model name -> sha256 (the files under package/model/ in the tarball)
declare -A MODEL_SHA256=(
  [fr_detect.onnx]=6c0256ccd3164f844736a401faf936ec2930764a87ae39442180887d0c5c8854
  [fr_landmark.onnx]=f10b0ba1d2a8a099adefede1ebf3733e44fe370715e7303dbeb7f59c02142258
  [fr_feature.onnx]=87aacdfe57510db2af90c0251df680e8eec88f122ee94712121d09bcaaaf3581
  [fr_liveness.onnx]=afa783b7e902fdfcf323a7240cac2a1c580c25314ea4161129dc1b0d100dc32d
  [fr_eye.onnx]=1afcea006abc1ccac3c517022abde0aa092bed74ff3c9fe6878483ef9e6e38de
  [fr_pose.onnx]=72d032ec941b7153bf8d3f2c03a4c165453cc7e63d479041ec7c6ef087e5839d
)

log() { echo "fetch-models: $*" >&2; }

sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

all_models_present() {
  local name
  for name in "${!MODEL_SHA256[@]}"; do
    [[ -f "$TARGET_DIR/$name" ]] || return 1
    [[ "$(sha256_of "$TARGET_DIR/$name")" == "${MODEL_SHA256[$name]}" ]] || return 1
  done
  return 0
}

if all_models_present; then
  log "all ${#MODEL_SHA256[@]} models present and verified in $TARGET_DIR"
  exit 0
fi

command -v npm >/dev/null || { log "ERROR: npm is required to download $PACKAGE"; exit 2; }
command -v sha256sum >/dev/null || { log "ERROR: sha256sum is required"; exit 2; }

WORK_DIR="$(mktemp -d)"
trap 'rm -rf "$WORK_DIR"' EXIT

log "downloading $PACKAGE"
(cd "$WORK_DIR" && npm pack --silent "$PACKAGE" >/dev/null) || { log "ERROR: npm pack $PACKAGE failed"; exit 2; }
TARBALL="$(ls "$WORK_DIR"/*.tgz)"

actual="$(sha256_of "$TARBALL")"
if [[ "$actual" != "$TARBALL_SHA256" ]]; then
  log "ERROR: checksum mismatch for $(basename "$TARBALL"): expected $TARBALL_SHA256, got $actual"
  exit 1
fi

tar -xzf "$TARBALL" -C "$WORK_DIR"

# Verify everything before copying anything, so the cache never holds a half-updated set.
for name in "${!MODEL_SHA256[@]}"; do
  file="$WORK_DIR/package/model/$name"
  [[ -f "$file" ]] || { log "ERROR: $name is missing from $PACKAGE"; exit 1; }
  actual="$(sha256_of "$file")"
  if [[ "$actual" != "${MODEL_SHA256[$name]}" ]]; then
    log "ERROR: checksum mismatch for $name: expected ${MODEL_SHA256[$name]}, got $actual"
    exit 1
  fi
done

mkdir -p "$TARGET_DIR"
for name in "${!MODEL_SHA256[@]}"; do
  # copy to a temporary name then rename, so a concurrent reader never sees a partial file
  cp "$WORK_DIR/package/model/$name" "$TARGET_DIR/.$name.tmp"
  mv -f "$TARGET_DIR/.$name.tmp" "$TARGET_DIR/$name"
done
log "installed ${#MODEL_SHA256[@]} verified models into $TARGET_DIR"
