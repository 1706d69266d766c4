#!/usr/bin/env bash
# Builds the project twice from scratch and compares the published jars (and their sources and
# Javadoc jars) byte for byte: a reproducible build gives the same hashes for the same commit
# (project.build.outputTimestamp in the root pom fixes every file's time; Javadoc has no date).
#
#   scripts/check-reproducible.sh        # from the project root; about two minutes
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/published-modules.sh
hashes() {
    for module in "${PUBLISHED_MODULES[@]}"; do
        sha256sum "$module"/target/"$module"-*.jar
    done
}

build() {
    mvn -B -ntp -q -DskipTests clean verify > /dev/null
    hashes
}

first=$(build)
second=$(build)
if [[ "$first" == "$second" ]]; then
    echo "reproducible: $(wc -l <<< "$first") jars identical in two builds"
    echo "$first"
else
    echo "NOT reproducible: the jars differ between two builds" >&2
    diff <(echo "$first") <(echo "$second") >&2 || true
    exit 1
fi
