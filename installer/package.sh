#!/usr/bin/env bash
# Packages SMAVS the JPackageScriptFX way: plain launcher class -> jdeps -> jlink -> jpackage.
#
#   installer/package.sh [server|kiosk|desktop|all]      (default: all; several may be given)
#
# Outputs (installer/target/):
#   smavs-server-<version>.tar.gz   bin/smavs-server, lib/, runtime/ (jlink'd), etc/smavs.env, etc/smavs-server.service
#   app-image/smavs-kiosk/          jpackage app-image with a trimmed runtime (bin/smavs-kiosk)
#   app-image/smavs-desktop/        jpackage app-image with a trimmed runtime (bin/smavs-desktop)
#   deb/*.deb                       when fakeroot and dpkg-deb exist (a failure is reported, not fatal)
#   package-report.txt              sizes and timings of this run
#
# Environment:
#   JAVA_HOME        JDK 17+ with jmods/ (default: the JDK of `javac` on PATH)
#   MVN_ARGS         extra Maven arguments (default: "-o -q"; use "-q" with an empty local repository)
#   SKIP_BUILD=1     reuse the module target/ directories of an earlier run
#   SERVER_RUNTIME=0 no jlink'd runtime in the server tarball (then it runs on Java 17+ from PATH)
#   DEB_MAINTAINER   e-mail for the deb Maintainer field (default: packaging@smavs.invalid)
#
# Face model files are never bundled: the script fails if an *.onnx file ends up in an output.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/installer/target
WORK=$OUT/work
MVN_ARGS=${MVN_ARGS:--o -q}
DEB_MAINTAINER=${DEB_MAINTAINER:-packaging@smavs.invalid}
VENDOR="SMAVS"

if [[ -z "${JAVA_HOME:-}" ]]; then
    javac_path=$(command -v javac || true)
    [[ -n "$javac_path" ]] || { echo "package.sh: no JDK (set JAVA_HOME to a JDK 17+)" >&2; exit 1; }
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$javac_path")")")
fi
export JAVA_HOME
for tool in jdeps jlink jpackage; do
    [[ -x "$JAVA_HOME/bin/$tool" ]] || { echo "package.sh: $JAVA_HOME/bin/$tool missing (need a full JDK 17+)" >&2; exit 1; }
done
[[ -f "$JAVA_HOME/jmods/java.base.jmod" ]] \
    || { echo "package.sh: $JAVA_HOME/jmods is missing (Debian/Ubuntu: apt-get install openjdk-17-jmods)" >&2; exit 1; }
JAVA_RELEASE=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')

# Project version from the root pom (the first <version> there is the project's own: it has no parent).
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)
# jpackage accepts only dotted numbers: 0.1.0-SNAPSHOT -> 0.1.0
NUMERIC_VERSION=${VERSION%%-*}

# Modules jdeps cannot see because they are reached by reflection or service loading.
#  jdk.crypto.ec  TLS with EC certificates (HTTPS to the server, PostgreSQL sslmode, S3)
#  jdk.zipfs      Jetty 12 serves the Swagger UI webjar through a zip file system
#  jdk.unsupported sun.misc.Unsafe (Byte Buddy, JavaFX), jdk.localedata is left out on purpose (+10 MB)
SERVER_EXTRA_MODULES="jdk.crypto.ec,jdk.zipfs,jdk.unsupported,java.management,jdk.charsets"
APP_EXTRA_MODULES="jdk.crypto.ec,jdk.unsupported,java.logging,java.naming,java.scripting"
# Used when jdeps fails (e.g. on a new library's module-info); checked against jdeps here on 2026-11-25.
SERVER_FALLBACK_MODULES="java.base,java.desktop,java.instrument,java.naming,java.net.http,java.rmi,java.security.jgss,java.sql,jdk.management,jdk.net"
APP_FALLBACK_MODULES="java.base,java.desktop,java.naming,java.net.http,java.scripting,java.sql,jdk.httpserver,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop"

REPORT=()
log() { printf '[package] %s\n' "$*" >&2; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
size_of() { du -sh "$1" | cut -f1; }
note() { echo "$*" >> "$WORK/notes.txt"; }
record() { REPORT+=("$(printf '%-52s %8s %8ss' "$1" "$2" "$3")"); }

usage() {
    echo "usage: $0 [server|kiosk|desktop|all]..." >&2
    exit 2
}

want_server=0 want_kiosk=0 want_desktop=0
[[ $# -eq 0 ]] && set -- all
for target in "$@"; do
    case "$target" in
        server) want_server=1 ;;
        kiosk) want_kiosk=1 ;;
        desktop) want_desktop=1 ;;
        all) want_server=1 want_kiosk=1 want_desktop=1 ;;
        *) usage ;;
    esac
done

# ---------------------------------------------------------------------------------------------- build
build() {
    local modules=() goals=(package)
    ((want_server)) && modules+=(server)
    ((want_kiosk)) && modules+=(kiosk-app)
    ((want_desktop)) && modules+=(lecturer-desktop)
    # The GUI apps' runtime dependencies land in <module>/target/dependency; the server pom already
    # copies its own to server/target/lib at package.
    if ((want_kiosk || want_desktop)); then
        goals+=(dependency:copy-dependencies -DincludeScope=runtime)
    fi
    local start; start=$(now)
    log "maven: ${goals[*]} for ${modules[*]} (version $VERSION, Java $JAVA_RELEASE)"
    # shellcheck disable=SC2086
    (cd "$ROOT" && ./mvnw $MVN_ARGS -DskipTests -pl "$(IFS=,; echo "${modules[*]}")" -am "${goals[@]}")
    record "maven build (${modules[*]})" "-" "$(elapsed "$start")"
}

# ------------------------------------------------------------------------------------- jdeps + jlink
# compute_modules NAME FALLBACK EXTRA MAIN_JAR CLASSPATH_DIR -> prints the module list
compute_modules() {
    local name=$1 fallback=$2 extra=$3 main_jar=$4 cp_dir=$5 deps
    if deps=$("$JAVA_HOME/bin/jdeps" --multi-release "$JAVA_RELEASE" --ignore-missing-deps --print-module-deps \
            --class-path "$cp_dir/*" "$main_jar" 2>"$WORK/$name/jdeps.log") && [[ "$deps" == java.base* ]]; then
        log "$name: jdeps -> $deps"
    else
        log "$name: jdeps failed (see $WORK/$name/jdeps.log); using the fixed module list"
        note "$name: jdeps failed, used the fixed module list from package.sh"
        deps=$fallback
    fi
    # one module per name, in a stable order
    echo "$deps,$extra" | tr ',' '\n' | sort -u | paste -sd, -
}

# run_jlink NAME MODULES OUTPUT_DIR [extra jlink options]
run_jlink() {
    local name=$1 modules=$2 output=$3
    shift 3
    rm -rf "$output"
    "$JAVA_HOME/bin/jlink" --module-path "$JAVA_HOME/jmods" --add-modules "$modules" \
        --strip-debug --no-header-files --no-man-pages --compress=2 "$@" --output "$output"
}

no_models_in() {
    local found
    found=$(find "$1" -iname '*.onnx' -print -quit)
    if [[ -n "$found" ]]; then
        echo "package.sh: face model file $found would be shipped; models are never bundled" >&2
        exit 1
    fi
}

# ------------------------------------------------------------------------------------------- server
package_server() {
    local start; start=$(now)
    local name=server dist_name="smavs-server-$VERSION"
    local dist=$WORK/server/$dist_name
    rm -rf "$WORK/server" && mkdir -p "$dist/bin" "$dist/lib" "$dist/etc"
    cp "$ROOT/server/target/server-$VERSION.jar" "$dist/lib/"
    cp "$ROOT/server/target/lib/"*.jar "$dist/lib/"
    cp "$ROOT/installer/src/server/bin/smavs-server" "$dist/bin/"
    cp "$ROOT/installer/src/server/etc/smavs.env" "$ROOT/installer/src/server/etc/smavs-server.service" "$dist/etc/"
    chmod 755 "$dist/bin/smavs-server"

    if [[ "${SERVER_RUNTIME:-1}" != 0 ]]; then
        local t; t=$(now)
        local modules
        modules=$(compute_modules server "$SERVER_FALLBACK_MODULES" "$SERVER_EXTRA_MODULES" \
            "$dist/lib/server-$VERSION.jar" "$ROOT/server/target/lib")
        echo "$modules" > "$WORK/server/modules.txt"
        record "server: jdeps" "-" "$(elapsed "$t")"
        t=$(now)
        # bin/java stays: the sh launcher runs it (no --strip-native-commands here).
        run_jlink server "$modules" "$dist/runtime"
        record "server: jlink runtime" "$(size_of "$dist/runtime")" "$(elapsed "$t")"
    fi
    no_models_in "$dist"

    local t; t=$(now)
    mkdir -p "$OUT"
    tar -C "$WORK/server" -czf "$OUT/$dist_name.tar.gz" "$dist_name"
    record "server: tar.gz" "-" "$(elapsed "$t")"
    record "=> $dist_name.tar.gz (unpacked $(size_of "$dist"))" "$(size_of "$OUT/$dist_name.tar.gz")" "$(elapsed "$start")"
}

# ---------------------------------------------------------------------------------------- GUI apps
# package_app NAME MODULE MAIN_CLASS DESCRIPTION DEB_DEPENDS
package_app() {
    local name=$1 module=$2 main_class=$3 description=$4 deb_depends=$5
    local app="smavs-$name" start; start=$(now)
    local work=$WORK/$name input=$WORK/$name/input runtime=$WORK/$name/runtime
    local main_jar="$module-$VERSION.jar"
    rm -rf "$work" && mkdir -p "$input"
    cp "$ROOT/$module/target/$main_jar" "$input/"
    local jar
    for jar in "$ROOT/$module/target/dependency/"*.jar; do
        # The openjfx poms pull an empty jar (manifest only) next to each platform jar: leave it out.
        local base=${jar%.jar}
        if compgen -G "$base-*.jar" >/dev/null && [[ $(basename "$jar") == javafx-* ]]; then
            continue
        fi
        cp "$jar" "$input/"
    done
    no_models_in "$input"

    local t; t=$(now)
    local modules extra=$APP_EXTRA_MODULES
    # The kiosk's OpenCV (bytedeco JavaCPP) reads java.management; jdeps finds it, the fixed fallback list does not.
    [[ $name == kiosk ]] && extra+=",java.management"
    modules=$(compute_modules "$name" "$APP_FALLBACK_MODULES" "$extra" "$input/$main_jar" "$input")
    echo "$modules" > "$work/modules.txt"
    record "$name: jdeps" "-" "$(elapsed "$t")"
    t=$(now)
    # The jpackage launcher replaces bin/java, so the runtime needs no native commands.
    run_jlink "$name" "$modules" "$runtime" --strip-native-commands
    record "$name: jlink runtime" "$(size_of "$runtime")" "$(elapsed "$t")"

    # JavaFX jars stay on the class path; the plain launcher main class makes that work.
    t=$(now)
    mkdir -p "$OUT/app-image"
    rm -rf "${OUT:?}/app-image/$app"
    "$JAVA_HOME/bin/jpackage" --type app-image --dest "$OUT/app-image" \
        --name "$app" --app-version "$NUMERIC_VERSION" --vendor "$VENDOR" --description "$description" \
        --input "$input" --main-jar "$main_jar" --main-class "$main_class" \
        --runtime-image "$runtime" --java-options "-XX:+ExitOnOutOfMemoryError"
    no_models_in "$OUT/app-image/$app"
    record "$name: jpackage app-image" "$(size_of "$OUT/app-image/$app")" "$(elapsed "$t")"

    if command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null; then
        t=$(now)
        mkdir -p "$OUT/deb"
        rm -f "$OUT/deb/${app}_"*.deb
        if "$JAVA_HOME/bin/jpackage" --type deb --dest "$OUT/deb" --app-image "$OUT/app-image/$app" \
                --name "$app" --app-version "$NUMERIC_VERSION" --vendor "$VENDOR" --description "$description" \
                --linux-package-name "$app" --linux-deb-maintainer "$DEB_MAINTAINER" \
                --linux-menu-group "Education" --linux-app-category "education" --linux-shortcut \
                --linux-package-deps "$deb_depends" \
                >"$work/jpackage-deb.log" 2>&1; then
            local deb; deb=$(ls "$OUT/deb/${app}_"*.deb)
            record "$name: jpackage deb $(basename "$deb")" "$(size_of "$deb")" "$(elapsed "$t")"
        else
            log "$name: deb packaging FAILED (app-image is fine); log: $work/jpackage-deb.log"
            note "$name: deb failed, see $work/jpackage-deb.log"
            record "$name: jpackage deb FAILED" "-" "$(elapsed "$t")"
        fi
    else
        note "$name: no deb (fakeroot or dpkg-deb missing)"
    fi
    record "=> app-image/$app" "$(size_of "$OUT/app-image/$app")" "$(elapsed "$start")"
}

# jpackage derives deb dependencies from the runtime's native libraries only. JavaFX's natives sit inside
# its jars (unpacked to ~/.openjfx/cache at first start), so GTK 3 and OpenGL are declared here; the
# kiosk's default webcam driver (BridJ) needs libv4l (Debian 13 / Ubuntu 24.04 renamed the packages to *t64).
# The kiosk's OpenCV (camera fallback, framing guidance) brings its own natives and OpenBLAS in the
# linux-x86_64 classifier jars its pom declares (unpacked to ~/.javacpp/cache at first start): no deb dependency.
FX_DEB_DEPENDS="libgtk-3-0 | libgtk-3-0t64, libgl1, libxxf86vm1"

# -------------------------------------------------------------------------------------------- main
total_start=$(now)
mkdir -p "$WORK"
rm -f "$WORK/notes.txt"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    build
fi
((want_server)) && package_server
((want_kiosk)) && package_app kiosk kiosk-app org.smavs.kiosk.KioskLauncher \
    "SMAVS classroom kiosk: rotating QR, webcam check-in with liveness challenge, offline queue" \
    "$FX_DEB_DEPENDS, libv4l-0 | libv4l-0t64"
((want_desktop)) && package_app desktop lecturer-desktop org.smavs.desktop.shell.DesktopLauncher \
    "SMAVS lecturer desktop: sessions, live roster, flag review, exports, admin" \
    "$FX_DEB_DEPENDS"
record "total" "-" "$(elapsed "$total_start")"

{
    echo "SMAVS packaging report $(date -u +%Y-%m-%dT%H:%M:%SZ), version $VERSION, Java $JAVA_RELEASE ($JAVA_HOME), $(nproc) CPUs"
    printf '%-52s %8s %9s\n' "step / output" "size" "time"
    printf '%s\n' "${REPORT[@]}"
    for f in "$WORK"/*/modules.txt; do
        [[ -e "$f" ]] && echo "modules $(basename "$(dirname "$f")"): $(cat "$f")"
    done
    [[ -e "$WORK/notes.txt" ]] && sed 's/^/NOTE: /' "$WORK/notes.txt"
    true
} | tee "$OUT/package-report.txt"
