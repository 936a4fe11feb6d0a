#!/usr/bin/env bash
# Prepare this machine for `make test`: the system packages the tests need
# (a TrueType CJK font, Qt's runtime libraries, poppler) and a PostgreSQL
# server reachable as HRDESK_TEST_PG_URL. Idempotent and quick when all is
# present: it checks before installing anything.
#
# PostgreSQL is only touched when HRDESK_TEST_PG_URL is unset or names this
# machine (127.0.0.1 / localhost / ::1). A server this script installs is a
# throwaway test server: user postgres may connect over 127.0.0.1 without a
# password.
set -euo pipefail

say() { echo "test-env: $*"; }
warn() { echo "test-env: $*" >&2; }

# --- privileges and apt ------------------------------------------------------

SUDO=""
CAN_ADMIN=1
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
        SUDO="sudo"
    else
        CAN_ADMIN=0
    fi
fi

HAVE_APT=0
if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
    HAVE_APT=1
fi

APT_UPDATED=0
apt_install() {
    if [ "$APT_UPDATED" -eq 0 ]; then
        $SUDO apt-get update -qq
        APT_UPDATED=1
    fi
    $SUDO env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "$@"
}

installed() {
    # Ubuntu 24.04 renamed some libraries with a t64 suffix (libglib2.0-0t64).
    local pkg
    for pkg in "$1" "$1t64"; do
        if dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null | grep -qx installed; then
            return 0
        fi
    done
    return 1
}

# --- system packages -----------------------------------------------------------

PACKAGES=(
    fontconfig
    poppler-utils
    # Qt runtime, offscreen and xcb platform plugins
    libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
    libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
    libxcb-render-util0 libxcb-xkb1 libxcb-shape0 libxcb-randr0
)

ensure_packages() {
    if [ "$HAVE_APT" -eq 0 ]; then
        say "no apt-get here; make sure a TrueType CJK font, poppler-utils and Qt's xcb libraries are installed"
        return 0
    fi
    local missing=() pkg
    for pkg in "${PACKAGES[@]}"; do
        installed "$pkg" || missing+=("$pkg")
    done
    # Any installed copy of the font will do (it may have been installed by hand).
    if ! { command -v fc-list >/dev/null 2>&1 && fc-list | grep -qi microhei; } \
        && [ ! -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
        missing+=(fonts-wqy-microhei)
    fi
    if [ ${#missing[@]} -eq 0 ]; then
        say "system packages present"
        return 0
    fi
    if [ "$CAN_ADMIN" -eq 0 ]; then
        warn "missing packages (no root or sudo, continuing without them): ${missing[*]}"
        return 0
    fi
    say "installing: ${missing[*]}"
    apt_install "${missing[@]}"
}

# --- PostgreSQL ------------------------------------------------------------------

PG_URL=${HRDESK_TEST_PG_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/postgres}
PG_USER=postgres PG_PASSWORD="" PG_HOST=127.0.0.1 PG_PORT=5432 PG_DB=postgres

parse_pg_url() {
    # scheme://[user[:password]@]host[:port][/database][?query]
    local re='^[^:]+://(([^:@/]*)(:([^@/]*))?@)?(\[[^]/]*\]|[^:/?]*)(:([0-9]+))?(/([^?]*))?'
    if [[ $PG_URL =~ $re ]]; then
        PG_USER=${BASH_REMATCH[2]:-postgres}
        PG_PASSWORD=${BASH_REMATCH[4]:-}
        PG_HOST=${BASH_REMATCH[5]:-127.0.0.1}
        PG_HOST=${PG_HOST#[}; PG_HOST=${PG_HOST%]}
        PG_PORT=${BASH_REMATCH[7]:-5432}
        PG_DB=${BASH_REMATCH[9]:-postgres}
    else
        warn "cannot parse HRDESK_TEST_PG_URL; leaving PostgreSQL alone"
        return 1
    fi
}

pg_answers() {
    if command -v pg_isready >/dev/null 2>&1; then
        local rc=0
        pg_isready -q -h "$PG_HOST" -p "$PG_PORT" >/dev/null 2>&1 || rc=$?
        # 1: rejecting connections (starting up), 2: no response. Anything else
        # means pg_isready itself is unusable (a wrapper without its client).
        case $rc in 0) return 0 ;; 1|2) return 1 ;; esac
    fi
    (exec 3<>"/dev/tcp/$PG_HOST/$PG_PORT") 2>/dev/null
}

pg_login_works() {
    command -v psql >/dev/null 2>&1 || return 0   # cannot check; the tests will
    PGPASSWORD=$PG_PASSWORD PGCONNECT_TIMEOUT=5 psql -w -X -q -At \
        -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -c 'select 1' >/dev/null 2>&1
}

wait_for_pg() {
    local i
    for i in $(seq 1 30); do
        pg_answers && return 0
        sleep 1
    done
    return 1
}

# Prints "version name" of the (Debian) cluster configured for our port.
pick_cluster() {
    command -v pg_lsclusters >/dev/null 2>&1 || return 1
    pg_lsclusters -h 2>/dev/null | awk -v port="$PG_PORT" '$3 == port { print $1, $2; exit }'
}

trust_local_tcp() {
    local version=$1 name=$2
    local hba=/etc/postgresql/$version/$name/pg_hba.conf
    local marker="# test server: local TCP without password (added by scripts/test-env.sh)"
    [ -f "$hba" ] || return 0
    $SUDO grep -qF "$marker" "$hba" && return 0
    # pg_hba.conf is first match wins, so the trust lines go on top.
    local tmp
    tmp=$(mktemp)
    { echo "$marker"
      echo "host    all    all    127.0.0.1/32    trust"
      echo "host    all    all    ::1/128         trust"
      $SUDO cat "$hba"; } >"$tmp"
    $SUDO cp "$tmp" "$hba"
    rm -f "$tmp"
    $SUDO pg_ctlcluster --skip-systemctl-redirect "$version" "$name" reload
}

ensure_postgres() {
    if [ -n "${HRDESK_TEST_PG_URL:-}" ]; then
        parse_pg_url || return 0
    fi
    case "$PG_HOST" in
        127.0.0.1|localhost|::1) ;;
        *) say "PostgreSQL at $PG_HOST is not local; leaving it alone"; return 0 ;;
    esac

    if pg_answers; then
        if pg_login_works; then
            say "PostgreSQL answers on $PG_HOST:$PG_PORT"
            return 0
        fi
        warn "PostgreSQL on $PG_HOST:$PG_PORT refuses user $PG_USER; allow it in pg_hba.conf or set HRDESK_TEST_PG_URL with a password"
        return 1
    fi

    if [ "$CAN_ADMIN" -eq 0 ]; then
        warn "PostgreSQL does not answer on $PG_HOST:$PG_PORT and there is no root or sudo to start it"
        return 1
    fi

    local fresh=0 cluster
    cluster=$(pick_cluster || true)
    if [ -z "$cluster" ]; then
        if [ "$HAVE_APT" -eq 0 ]; then
            warn "PostgreSQL is not installed and there is no apt-get; start a server on $PG_HOST:$PG_PORT"
            return 1
        fi
        if ! command -v pg_createcluster >/dev/null 2>&1 \
            || ! compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; then
            say "installing PostgreSQL"
            apt_install postgresql
        fi
        cluster=$(pick_cluster || true)
        if [ -z "$cluster" ]; then
            local version name=main
            version=$(compgen -G '/usr/lib/postgresql/*/bin/postgres' | sort -V | tail -n 1 | cut -d/ -f5)
            # "main" may already exist on another port.
            [ -d "/etc/postgresql/$version/main" ] && name="test$PG_PORT"
            say "creating cluster $version $name on port $PG_PORT"
            $SUDO pg_createcluster --port "$PG_PORT" "$version" "$name" >/dev/null
            cluster="$version $name"
        fi
        fresh=1
    fi

    # shellcheck disable=SC2086  # "version name" splits on purpose
    set -- $cluster
    say "starting PostgreSQL cluster $1 $2"
    $SUDO pg_ctlcluster --skip-systemctl-redirect "$1" "$2" start || true
    if ! wait_for_pg; then
        warn "PostgreSQL did not answer on $PG_HOST:$PG_PORT within 30 s (see /var/log/postgresql/)"
        return 1
    fi
    if [ "$fresh" -eq 1 ]; then
        trust_local_tcp "$1" "$2"
    fi
    if ! pg_login_works; then
        warn "PostgreSQL is up but refuses user $PG_USER on $PG_HOST:$PG_PORT; allow it in /etc/postgresql/$1/$2/pg_hba.conf"
        return 1
    fi
    say "PostgreSQL answers on $PG_HOST:$PG_PORT"
}

ensure_packages
ensure_postgres
