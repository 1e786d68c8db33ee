#!/usr/bin/env bash
# Runs every EventHub test. On a fresh Debian machine with only the .NET SDK it first installs what
# the tests use from Debian's packages (Chromium for the browser journeys, zbar-tools to decode QR
# codes, a real SMTP server, an independent iCalendar parser, Redis for the instances' backplane, and
# PostgreSQL), restores the local tools, starts a throwaway PostgreSQL server for the run (stopped and
# removed at the end, even when tests fail), and at the end prints the totals of all test projects as
# "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || missing+=(python3-aiosmtpd)
/usr/bin/python3 -c 'import icalendar' >/dev/null 2>&1 || missing+=(python3-icalendar)
if ((${#missing[@]} > 0)); then
    echo "Installing from Debian: ${missing[*]}"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

dotnet tool restore >/dev/null
source tests/postgres.sh
trap postgres_stop EXIT
postgres_start
rm -rf TestResults
status=0
dotnet test EventHub.sln --logger "trx" --logger "console;verbosity=normal" --results-directory TestResults || status=$?

passed=0
failed=0
executed=0
for trx in TestResults/*.trx; do
    [ -e "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx")
    value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
    passed=$((passed + $(value passed)))
    failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
    executed=$((executed + $(value executed)))
done

if [ "$executed" -eq 0 ]; then
    echo "No test was executed." >&2
    status=1
fi
echo "${passed} passed, ${failed} failed"
exit "$status"
