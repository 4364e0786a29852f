#!/usr/bin/env bash
# Starts a new Kinerja plugin project from plugins/plugin-template (see docs/plugins.md).
# Usage: plugins/new-plugin.sh <groupId> <artifactId> <pluginId> [target-dir]
#   e.g. plugins/new-plugin.sh com.acme.kinerja queue-indicators queue-indicators ../queue-indicators
# The project's package is the groupId; the example factory keeps its class names (rename them).
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 <groupId> <artifactId> <pluginId> [target-dir]" >&2
  exit 2
fi
group_id=$1 artifact_id=$2 plugin_id=$3 target=${4:-$artifact_id}
for value in "$group_id" "$artifact_id" "$plugin_id"; do
  if ! [[ $value =~ ^[a-z][a-z0-9._-]*$ ]]; then
    echo "'$value': use lower-case letters, digits, '.', '-' and '_' only" >&2
    exit 2
  fi
done
if [ -e "$target" ]; then
  echo "$target exists already" >&2
  exit 1
fi
template=$(cd "$(dirname "$0")/plugin-template" && pwd)
package_dir=${group_id//.//}
package=${group_id//-/_}
package_dir=${package_dir//-/_}
mkdir -p "$target/src/main/java/$package_dir" "$target/src/test/java/$package_dir" \
  "$target/src/main/resources/META-INF/services"
cp "$template/src/main/java/com/example/vendor/"*.java "$target/src/main/java/$package_dir/"
cp "$template/src/test/java/com/example/vendor/"*.java "$target/src/test/java/$package_dir/"
cp "$template/src/main/resources/META-INF/services/"* "$target/src/main/resources/META-INF/services/"
cp "$template/pom.xml" "$target/pom.xml"
find "$target" -type f \( -name '*.java' -o -name 'pom.xml' -o -path '*/services/*' \) -print0 |
  xargs -0 sed -i \
    -e "s/com\.example\.vendor/$package/g" \
    -e "s/example-indicators/$plugin_id/g" \
    -e "s#<artifactId>$plugin_id</artifactId>#<artifactId>$artifact_id</artifactId>#"
echo "Created $target: build it with 'mvn package' and drop target/$artifact_id-1.0.0.jar into the plugins folder."
