#!/usr/bin/env bash
# Times Podium beside the tools people would use instead, on inputs it generates, and prints the
# figures as Markdown tables (medians of --runs runs, peak resident memory, ratios).
#
#   bench/compare.sh                      # 10 000 and 100 000 rows with the other tools, 1 000 000 Podium alone
#   bench/compare.sh --runs 5 --sizes "10000 100000" --tools-up-to 100000
#
# Above --tools-up-to rows Podium runs alone, once per command, in a 512 MiB heap (the issue's
# bound for a million rows), and without the PDF (a bulletin of a million rows is not a document
# anyone prints; its time is measured up to 100 000 rows).
#
# Needs: a JDK 17+, Maven (the jar is built when missing), GNU time (/usr/bin/time), and for the
# comparisons pandoc and LibreOffice headless: `apt-get install time pandoc libreoffice-calc-nogui`
# (Debian/Ubuntu). A tool that is missing is skipped and said so. Only standard tools are used;
# everything is written under bench/target/compare/ (or --work DIR).
set -euo pipefail

runs=3
sizes="10000 100000 1000000"
tools_up_to=100000
repo="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$repo/bench/target/compare"

while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --sizes) sizes="$2"; shift 2 ;;
        --tools-up-to) tools_up_to="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "compare.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

[ -x /usr/bin/time ] || { echo "compare.sh: GNU time is needed (apt-get install time)" >&2; exit 2; }
jar="$repo/app/target/podium.jar"
mkdir -p "$work"
# Podium as users run it: the ./podium launcher (its heap default, its class-data archive). Its
# first call builds the jar and the archive when they are stale, before anything is timed.
podium=("$repo/podium")
"${podium[@]}" --version > /dev/null
have() { command -v "$1" >/dev/null 2>&1; }

# measure NAME COMMAND...: runs the command $runs times (output thrown away), records each run's
# wall time (s) and peak resident set (KB) in $work/times/NAME, and fails loudly if a run fails.
measure() {
    local name="$1"
    shift
    mkdir -p "$work/times"
    : > "$work/times/$name"
    local i
    for ((i = 1; i <= runs; i++)); do
        if ! /usr/bin/time -f "%e %M" -o "$work/times/$name.run" "$@" > "$work/times/$name.out" 2> "$work/times/$name.err"; then
            echo "compare.sh: '$*' failed; see $work/times/$name.err" >&2
            tail -5 "$work/times/$name.err" >&2
            exit 1
        fi
        tail -n 1 "$work/times/$name.run" >> "$work/times/$name"
    done
}

# median NAME COLUMN: the median of a column (1: seconds, 2: KB) of NAME's runs.
median() {
    sort -n -k"$2,$2" "$work/times/$1" | awk -v c="$2" '{ v[NR] = $c } END { m = (NR + 1) / 2; if (NR % 2) print v[m]; else print (v[int(m)] + v[int(m) + 1]) / 2 }'
}
seconds() { median "$1" 1; }
megabytes() { awk -v kb="$(median "$1" 2)" 'BEGIN { printf "%.0f", kb / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "—" }'; }

echo "# Podium beside pandoc and LibreOffice"
echo
echo "- date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
echo "- java: $(java -version 2>&1 | head -n 1)"
have pandoc && echo "- pandoc: $(pandoc --version | head -n 1)"
have soffice && echo "- LibreOffice: $(soffice --version 2>/dev/null | head -n 1)"
echo "- medians of $runs runs; peak resident memory from /usr/bin/time"
echo

echo "## Conversions of a generated timing sheet"
echo
echo "Podium as \`./podium\` up to $tools_up_to rows; above, \`JAVA_OPTS=-Xmx512m ./podium\`, one run each."
echo
echo "| rows | work | Podium | peak MB | other tool | its time | its peak MB | Podium faster by |"
echo "| ---: | --- | ---: | ---: | --- | ---: | ---: | ---: |"
for rows in $sizes; do
    # podium generate writes about 12.25 rows per crew over 15 stages.
    entries=$(( rows * 4 / 49 ))
    sheet="$work/sheet-$rows.csv"
    plain="$work/plain-$rows.csv"
    if [ ! -s "$sheet" ]; then
        "${podium[@]}" generate --entries "$entries" --stages 15 > "$sheet"
        # The other tools get the same table without Podium's '# key: value' lines.
        grep -v '^#' "$sheet" > "$plain"
    fi
    actual=$(( $(wc -l < "$plain") - 1 ))
    out="$work/out-$rows"
    formats="md xlsx pdf"
    sized=("${podium[@]}")
    saved_runs=$runs
    if [ "$rows" -gt "$tools_up_to" ]; then
        formats="md xlsx"
        sized=(env JAVA_OPTS=-Xmx512m "$repo/podium")
        runs=1
    fi
    for format in $formats; do
        rm -rf "$out"
        measure "podium-$format-$rows" "${sized[@]}" convert "$sheet" --to "$format" --out "$out" --quiet \
            --issued-at 2026-01-01T00:00:00Z
        tool="—"; tool_time=""; tool_mb=""; faster=""
        if [ "$rows" -le "$tools_up_to" ]; then
            case "$format" in
                md)
                    if have pandoc; then
                        tool="pandoc -f csv -t gfm"
                        measure "tool-$format-$rows" pandoc -f csv -t gfm "$plain" -o "$work/pandoc-$rows.md"
                    fi ;;
                xlsx | pdf)
                    if have soffice; then
                        tool="soffice --headless --convert-to $format"
                        measure "tool-$format-$rows" soffice --headless --convert-to "$format" --outdir "$work/soffice-$rows" "$plain"
                    fi ;;
            esac
            if [ "$tool" != "—" ]; then
                tool_time="$(seconds "tool-$format-$rows") s"
                tool_mb="$(megabytes "tool-$format-$rows")"
                faster="$(ratio "$(seconds "tool-$format-$rows")" "$(seconds "podium-$format-$rows")")"
            fi
        fi
        echo "| $actual | CSV → $format | $(seconds "podium-$format-$rows") s | $(megabytes "podium-$format-$rows") | $tool | $tool_time | $tool_mb | $faster |"
    done
    rm -rf "$out"
    measure "podium-csv-$rows" "${sized[@]}" convert "$sheet" --to csv --out "$out" --quiet --issued-at 2026-01-01T00:00:00Z
    echo "| $actual | CSV → data package | $(seconds "podium-csv-$rows") s | $(megabytes "podium-csv-$rows") | — | | | |"
    measure "podium-check-$rows" "${sized[@]}" check "$sheet" --quiet
    echo "| $actual | podium check | $(seconds "podium-check-$rows") s | $(megabytes "podium-check-$rows") | — | | | |"
    runs=$saved_runs
done
echo

echo "## Cold start: the bundled article to every format, beside the libraries' floor"
echo
floor_classes="$work/floor-classes"
mkdir -p "$floor_classes"
javac -nowarn -cp "$jar" -d "$floor_classes" "$repo/bench/floor/Floor.java" 2> /dev/null
measure cold-article "${podium[@]}" convert --out "$work/cold" --quiet --issued-at 2026-01-01T00:00:00Z
measure cold-floor java -cp "$jar:$floor_classes" Floor "$work/floor"
article=$(seconds cold-article)
floor=$(seconds cold-floor)
echo "| work | time | peak MB |"
echo "| --- | ---: | ---: |"
echo "| podium convert (bundled article → PDF, XLSX, Markdown, data package) | $article s | $(megabytes cold-article) |"
echo "| floor: a small XLSX with POI and a PDF with OpenPDF (bench/floor/Floor.java) | $floor s | $(megabytes cold-floor) |"
echo "| Podium over the floor | $(awk -v a="$article" -v f="$floor" 'BEGIN { printf "%+.0f%%", (a / f - 1) * 100 }') | |"
