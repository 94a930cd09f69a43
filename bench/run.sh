#!/usr/bin/env bash
# Measures pppdesk against the hand-written baseline; see bench/README.md.
#
#   bench/run.sh                      # SQLite, 1 municipality × 2,000 proposals
#   bench/run.sh --mysql              # also MariaDB/MySQL at $BENCH_MYSQL
#   bench/run.sh --tidb               # also TiDB at $BENCH_TIDB (start one with .ci/tidb --serve)
#   bench/run.sh --big                # also 2 M proposals over 1,741 municipalities (SQLite)
#   bench/run.sh --duration 5s --rounds 1   # quicker, noisier
#
# Needs only Go (and a MySQL server for --mysql). Results: bench/results/DATE-DIALECT.md,
# profiles and server logs in bench/results/DATE-DIALECT/.
set -euo pipefail
cd "$(dirname "$0")/.."

mysql_dsn="${BENCH_MYSQL:-mysql:root:@tcp(127.0.0.1:3306)/pppdesk_bench}"
tidb_dsn="${BENCH_TIDB:-mysql:root:@tcp(127.0.0.1:4000)/pppdesk_bench}"
data="${BENCH_DATA:-${TMPDIR:-/tmp}/pppdesk-bench}"
dialects=(sqlite)
big=""
regen=""
pass=()
while [ $# -gt 0 ]; do
	case "$1" in
	--mysql) dialects+=(mysql) ;;
	--mysql-only) dialects=(mysql) ;;
	--tidb) dialects+=(tidb) ;;
	--tidb-only) dialects=(tidb) ;;
	--big) big=1 ;;
	--regen) regen=1 ;;
	--duration | --warmup | --rounds | --logins | --out) pass+=("$1" "$2"); shift ;;
	-h | --help) sed -n '2,12p' "$0"; exit 0 ;;
	*) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
	esac
	shift
done

mkdir -p "$data/bin"
echo "building into $data/bin"
go build -o "$data/bin/pppdesk" ./cmd/pppdesk
go build -o "$data/bin/" ./bench/cmd/benchgen ./bench/cmd/baseline ./bench/cmd/benchrun ./bench/cmd/profserver

for d in "${dialects[@]}"; do
	label=()
	if [ "$d" = sqlite ]; then
		db="sqlite:$data/small.db"
	elif [ "$d" = tidb ]; then
		# The mysql: DSN would name the result file DATE-mysql, over MariaDB's.
		db="$tidb_dsn"
		label=(--label "$(date -u +%F)-tidb")
	else
		db="$mysql_dsn"
	fi
	"$data/bin/benchgen" --fresh --db "$db"
	args=(--db "$db" "${label[@]}")
	if [ -n "$big" ] && [ "$d" = sqlite ]; then
		# 2 M rows take minutes to write: kept between runs unless --regen.
		if [ -n "$regen" ] || [ ! -f "$data/big.done" ]; then
			rm -f "$data/big.done"
			"$data/bin/benchgen" --fresh --db "sqlite:$data/big.db" --municipalities 1741 --total 2000000
			touch "$data/big.done"
		fi
		args+=(--big-db "sqlite:$data/big.db")
	fi
	"$data/bin/benchrun" "${args[@]}" --pppdesk "$data/bin/pppdesk" --baseline "$data/bin/baseline" \
		--profserver "$data/bin/profserver" "${pass[@]}"
done
