#!/usr/bin/env bash
# A release rehearsal that publishes nothing: builds every published module with its sources and
# Javadoc jars under the release profile (signing skipped: no keys here), stages what a release
# would upload into target/release-dry-run/repository (a Maven repository layout, as Central's
# bundle is), checks that each published module is complete and that nothing unpublished slipped
# in, and zips the staging folder into target/release-dry-run/bundle.zip.
#
#   scripts/release-dry-run.sh            # from the project root; about a minute
#
# Nothing is installed into ~/.m2 and nothing leaves the machine.
set -euo pipefail
cd "$(dirname "$0")/.."

out="$PWD/target/release-dry-run"
rm -rf "$out"
mkdir -p "$out"

mvn -B -ntp -Prelease -Dgpg.skip -DskipTests -Dmaven.install.skip=true \
    -DaltDeploymentRepository="dry-run::file:$out/repository" deploy

version=$(mvn -B -ntp -q help:evaluate -Dexpression=project.version -DforceStdout | sed "s/\x1b\[[0-9;]*m//g")
group_path="$out/repository/dev/interviewkit"
source scripts/published-modules.sh

missing=0
require() { # a file matching the glob must exist
    if ! compgen -G "$1" > /dev/null; then
        echo "missing: ${1#"$out/"}" >&2
        missing=1
    fi
}
require "$group_path/interview-kit/$version/interview-kit-*.pom"
for artifact in "${PUBLISHED_MODULES[@]}"; do
    dir="$group_path/$artifact/$version"
    for suffix in .pom .jar -sources.jar -javadoc.jar; do
        require "$dir/$artifact-*$suffix"
    done
done
require "$group_path/interview-cli/$version/interview-cli-*-all.jar"   # the runnable command line
for artifact in "${UNPUBLISHED_MODULES[@]}"; do
    if [[ -e "$group_path/$artifact" ]]; then
        echo "staged but not to be published: $artifact" >&2
        missing=1
    fi
done
if [[ $missing -ne 0 ]]; then
    echo "release dry run: FAILED" >&2
    exit 1
fi

(cd "$out/repository" && zip -q -r "$out/bundle.zip" .)
echo "release dry run: OK, $(find "$out/repository" -type f -name '*.jar' | wc -l) jars for version $version"
echo "bundle: ${out#"$PWD/"}/bundle.zip"
