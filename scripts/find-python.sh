#!/usr/bin/env bash
# Print the path of the Python interpreter the project should use for its
# virtual environment: the newest working CPython >= 3.12 found, else a
# CPython 3.11 as the last resort.
#
# Why 3.12+ is preferred: PySide6 6.12.0 on CPython 3.11 drops a reference to
# None on every void Qt call and kills the process (none_dealloc).
# pyproject.toml pins PySide6 < 6.12 on 3.11, so 3.11 still works, but it is
# stuck on the older Qt line.
#
# Every candidate is actually run: a pyenv shim such as `python3.12` exists on
# PATH even when that version is not selected, and then it only prints an error.
set -u

# Prints "major minor micro" when the interpreter is a usable CPython >= 3.11
# (not a free-threaded build, which has no PySide6 wheels; has venv + ensurepip).
probe() {
    "$1" - <<'EOF' 2>/dev/null
import sys, platform, sysconfig
if sys.version_info < (3, 11) or platform.python_implementation() != "CPython":
    sys.exit(1)
if sysconfig.get_config_var("Py_GIL_DISABLED"):
    sys.exit(1)
import venv, ensurepip  # Debian's python3 lacks ensurepip without python3-venv
print(*sys.version_info[:3])
EOF
}

candidates=()
for name in python3.13 python3.12; do
    if path=$(command -v "$name" 2>/dev/null); then candidates+=("$path"); fi
done
if command -v pyenv >/dev/null 2>&1; then
    if root=$(pyenv root 2>/dev/null) && [ -d "$root/versions" ]; then
        for path in "$root"/versions/3.1[2-9]*/bin/python3 "$root"/versions/3.[2-9][0-9]*/bin/python3; do
            [ -x "$path" ] && candidates+=("$path")
        done
    fi
fi
for name in python3.11 python3; do
    if path=$(command -v "$name" 2>/dev/null); then candidates+=("$path"); fi
done

best="" best_key=""
for cand in "${candidates[@]}"; do
    version=$(probe "$cand") || continue
    read -r major minor micro <<<"$version"
    key=$(printf '%03d%03d%03d' "$major" "$minor" "$micro")
    # Strictly greater: on a tie the earlier (PATH) candidate wins.
    if [ -z "$best_key" ] || [ "$key" \> "$best_key" ]; then
        best=$cand best_key=$key
    fi
done

if [ -z "$best" ]; then
    echo "No usable Python found: install CPython 3.12 or newer (or 3.11 with its venv module, e.g. 'sudo apt-get install python3-venv'), or run make with PYTHON=/path/to/python3." >&2
    exit 1
fi
echo "$best"
