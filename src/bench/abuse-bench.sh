#!/usr/bin/env bash
# The load benchmark (bench.sh) under attack: four clients post a DOCX that inflates to 3 GiB as an
# observation's attachment, in a loop and from rotating addresses, while the page and the observation
# intake are measured. It prints the same figures as bench.sh plus how many bombs were posted, how they
# were answered and how long each answer took. Compare with a plain bench.sh run of the same build.
#
#   src/bench/abuse-bench.sh [--no-build]      (BOMB_CLIENTS=8 src/bench/abuse-bench.sh for a harder one)
set -euo pipefail
BOMB_CLIENTS=${BOMB_CLIENTS:-4} exec "$(dirname "${BASH_SOURCE[0]}")/bench.sh" "$@"
