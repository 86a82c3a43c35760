#!/usr/bin/env bash
# Builds the images and prints their sizes, the base image's and the dependency layer's.
#   benchmarks/image_sizes.sh [extractive] [model-stack] [model]
# extractive: no torch, no weights; model-stack: torch and transformers, no weights; model: the
# default image, rut5 weights baked in (needs the Hugging Face hub). BASE=<image> builds on another
# Python 3.11 base; DOCKER=<client> picks the docker command (BuildKit is required).
set -euo pipefail
cd "$(dirname "$0")/.."
DOCKER=${DOCKER:-docker}
BASE=${BASE:-python:3.11-slim}
variants=("$@")
[ ${#variants[@]} -gt 0 ] || variants=(extractive model-stack)
make --no-print-directory wheels >/dev/null
mb() { echo $(( $1 / 1000000 )); }
printf '%-12s %9s %9s %15s\n' image "size MB" "base MB" "dependencies MB"
base_size=$("$DOCKER" image inspect --format '{{.Size}}' "$BASE")
for variant in "${variants[@]}"; do
    case "$variant" in
        extractive) args=(--build-arg EXTRAS= --build-arg MODEL=) ;;
        model-stack) args=(--build-arg MODEL=) ;;
        model) args=() ;;
        *) echo "unknown variant $variant" >&2; exit 2 ;;
    esac
    tag="newsbrief:$variant"
    DOCKER_BUILDKIT=1 "$DOCKER" build -q --network host --build-arg BASE="$BASE" "${args[@]}" \
        -t "$tag" . >/dev/null
    size=$("$DOCKER" image inspect --format '{{.Size}}' "$tag")
    deps=$("$DOCKER" history --no-trunc --human=false --format '{{.Size}} {{.CreatedBy}}' "$tag" |
        awk '/--no-install-project/ {print $1; exit}')
    printf '%-12s %9s %9s %15s\n' "$variant" "$(mb "$size")" "$(mb "$base_size")" "$(mb "$deps")"
done
