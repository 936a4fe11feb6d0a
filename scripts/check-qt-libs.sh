#!/usr/bin/env bash
# Before starting the GUI on Linux/X11, check that the system libraries Qt's
# xcb platform plugin loads are present. Without them Qt aborts with a long
# "could not load the Qt platform plugin" message; we name the packages instead.
set -u

[ "$(uname -s)" = Linux ] || exit 0
case "${QT_QPA_PLATFORM:-}" in
    offscreen*|minimal*|wayland*|vnc*|eglfs*|linuxfb*) exit 0 ;;
esac
# Qt prefers its wayland plugin in a Wayland session unless told otherwise.
if [ -z "${QT_QPA_PLATFORM:-}" ] && [ -n "${WAYLAND_DISPLAY:-}" ] \
    && [ "${XDG_SESSION_TYPE:-}" = wayland ]; then
    exit 0
fi

ldconfig=$(command -v ldconfig || echo /sbin/ldconfig)
[ -x "$ldconfig" ] || exit 0   # cannot tell; let Qt speak for itself
libs=$("$ldconfig" -p 2>/dev/null) || exit 0

# shared object -> Debian/Ubuntu package
required=(
    libxcb-cursor.so.0:libxcb-cursor0
    libxcb-icccm.so.4:libxcb-icccm4
    libxcb-keysyms.so.1:libxcb-keysyms1
    libxcb-image.so.0:libxcb-image0
    libxcb-render-util.so.0:libxcb-render-util0
    libxcb-xkb.so.1:libxcb-xkb1
    libxcb-shape.so.0:libxcb-shape0
    libxcb-randr.so.0:libxcb-randr0
    libxkbcommon.so.0:libxkbcommon0
    libxkbcommon-x11.so.0:libxkbcommon-x11-0
    libEGL.so.1:libegl1
    libGL.so.1:libgl1
    libfontconfig.so.1:libfontconfig1
    libdbus-1.so.3:libdbus-1-3
)
missing=()
for entry in "${required[@]}"; do
    grep -qF "${entry%%:*} " <<<"$libs" || missing+=("${entry##*:}")
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "The Qt GUI cannot start because system libraries are missing; install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
fi
