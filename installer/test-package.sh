#!/usr/bin/env bash
# Builds the Debian package from a build tree and checks it as a secretariat's IT staff would receive it:
# lintian (errors and warnings fail; the kept ones are overridden with their reasons), the desktop entry and
# AppStream validators, then the package unpacked into a temporary root and its programs run from there:
# --version, and a demo round imported through the unpacked PDF worker.
#   installer/test-package.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/package" >/dev/null
deb=$(ls "$work"/package/*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

lintian --fail-on error,warning --tag-display-limit 0 "$deb" 2> >(grep -v 'root privileges' >&2)
echo "lintian: clean"
desktop-file-validate resources/desktop/tw.reviewdesk.ReviewDesk.desktop
echo "desktop-file-validate: clean"
appstreamcli validate --no-net resources/desktop/tw.reviewdesk.ReviewDesk.metainfo.xml

dpkg-deb -x "$deb" "$work/root"
bin=$work/root/usr/bin
for file in usr/bin/reviewdesk usr/bin/reviewdesk-cli usr/libexec/reviewdesk/reviewdesk-pdfworker \
    usr/share/applications/tw.reviewdesk.ReviewDesk.desktop usr/share/metainfo/tw.reviewdesk.ReviewDesk.metainfo.xml \
    usr/share/mime/packages/tw.reviewdesk.ReviewDesk.xml usr/share/icons/hicolor/scalable/apps/tw.reviewdesk.ReviewDesk.svg; do
    [[ -e $work/root/$file ]] || { echo "missing from the package: /$file" >&2; exit 1; }
done
version=$("$bin/reviewdesk-cli" --version)
echo "unpacked: $version"
[[ $version == "reviewdesk-cli $(dpkg-deb -f "$deb" Version | cut -d- -f1)" ]] || { echo "version mismatch" >&2; exit 1; }

# The demo imports its dossiers through the unpacked PDF worker (found beside the unpacked binary).
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work/runtime REVIEWDESK_NSS_DIR=$work/nss HOME=$work/home
mkdir -p "$XDG_RUNTIME_DIR" "$HOME" && chmod 700 "$XDG_RUNTIME_DIR"
"$bin/reviewdesk-cli" demo "$work/ws" --applications 4 --reviewers 3 --unsigned >/dev/null
hits=$("$bin/reviewdesk-cli" search "$work/ws" 雲端 --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
((hits > 0)) || { echo "the unpacked PDF worker extracted no text" >&2; exit 1; }
echo "unpacked demo: imported, $hits pages found for 雲端"
echo "package checks passed"
