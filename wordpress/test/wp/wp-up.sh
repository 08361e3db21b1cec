#!/bin/sh
# A throwaway real WordPress for the end-to-end test (wordpress/test/e2e.mjs): Debian's WordPress
# files, a private MariaDB, PHP's built-in server, all under $ROOT. Verified on Debian 12 (WordPress 6.1.9, PHP 8.2, MariaDB 10.11).
# Once per machine (about 30 s):
#   DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
#     wordpress wordpress-theme-twentytwentythree php-cli php-mysql mariadb-server
# Usage: ROOT=/tmp/wp PORT=8088 DBPORT=3307 PLUGIN_DIR=path/to/plugin PLUGIN_SLUG=my-plugin sh wp-up.sh ; stop with wp-down.sh
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=${ROOT:-/tmp/wp}; PORT=${PORT:-8088}; DBPORT=${DBPORT:-3307}
PLUGIN_DIR=${PLUGIN_DIR:?set PLUGIN_DIR to the plugin folder}; PLUGIN_SLUG=${PLUGIN_SLUG:?set PLUGIN_SLUG}
SOCK=$ROOT/mysqld.sock
mkdir -p "$ROOT"; cd "$ROOT"
# 1. MariaDB with a private data directory, TCP on 127.0.0.1:$DBPORT
[ -d mysql ] || mariadb-install-db --no-defaults --user=root --datadir="$ROOT/mysql" \
  --auth-root-authentication-method=socket --skip-test-db >install-db.log 2>&1
mariadbd --no-defaults --user=root --datadir="$ROOT/mysql" --socket="$SOCK" --port=$DBPORT \
  --bind-address=127.0.0.1 --pid-file="$ROOT/mysqld.pid" --log-error="$ROOT/mysqld.err" >/dev/null 2>&1 &
i=0; until mariadb-admin --no-defaults --socket="$SOCK" ping >/dev/null 2>&1; do i=$((i+1)); [ $i -gt 100 ] && exit 1; sleep 0.1; done
mariadb --no-defaults --socket="$SOCK" -u root -e "CREATE DATABASE IF NOT EXISTS wp DEFAULT CHARSET utf8mb4;
  CREATE USER IF NOT EXISTS 'wp'@'127.0.0.1' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'127.0.0.1';"
# 2. WordPress files: Debian's (or WP_SRC, another WordPress tree), symlinks resolved, without its wp-config.php
WP_SRC=${WP_SRC:-/usr/share/wordpress}
if [ ! -f site/wp-settings.php ]; then
  mkdir -p site
  (cd "$WP_SRC" && tar --exclude=./.htaccess --exclude=./wp-config.php -chf - .) | tar -xf - -C site
fi
sed "s/3307/$DBPORT/; s/8088/$PORT/" "$HERE/wp-config.php.src" > site/wp-config.php
rm -rf "site/wp-content/plugins/$PLUGIN_SLUG"; mkdir -p "site/wp-content/plugins/$PLUGIN_SLUG"
cp -R "$PLUGIN_DIR"/. "site/wp-content/plugins/$PLUGIN_SLUG/"
# 3. Install WordPress and activate the plugin (no wp-cli in Debian: a PHP script calls wp_install())
PORT=$PORT PLUGIN_SLUG=$PLUGIN_SLUG php "$HERE/install.php" "$ROOT/site"
# 4. Serve, with a few workers (the editor makes parallel requests), in its own process group so wp-down.sh stops them all
PHP_CLI_SERVER_WORKERS=${PHP_WORKERS:-4} setsid php -S 127.0.0.1:$PORT -t site >php-server.log 2>&1 &
echo $! >php-server.pid
i=0; until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do i=$((i+1)); [ $i -gt 50 ] && exit 1; sleep 0.1; done
echo "WordPress up on http://127.0.0.1:$PORT/ (admin / admin-pass)"
