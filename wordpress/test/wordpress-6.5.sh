#!/bin/sh
# Puts a complete WordPress 6.5.5 in DIR, from the npm package
# @wp-playground/wordpress-builds (its PHP files as a zip, its static files
# apart), to run the end-to-end test on a WordPress with the script-modules API:
#   sh wordpress/test/wordpress-6.5.sh /tmp/wp65 && SMP_WP_SRC=/tmp/wp65 npm run test:wordpress
# About 160 MB to download; not part of `npm test`.
set -eu
DIR=${1:?usage: wordpress-6.5.sh DIR}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent @wp-playground/wordpress-builds@0.9.19 >/dev/null && tar xzf wp-playground-wordpress-builds-0.9.19.tgz package/src/wordpress/wp-6.5.zip package/public/wp-6.5)
mkdir -p "$DIR"
(cd "$DIR" && unzip -q -o "$WORK/package/src/wordpress/wp-6.5.zip")
cp -a "$WORK/package/public/wp-6.5/." "$DIR/"
grep -o "wp_version = '[^']*'" "$DIR/wp-includes/version.php"
