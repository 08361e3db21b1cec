#!/bin/sh
# Stops what wp-up.sh started under $ROOT: PHP's server and MariaDB.
ROOT=${ROOT:?set ROOT}
if [ -f "$ROOT/php-server.pid" ]; then
  pid=$(cat "$ROOT/php-server.pid")
  # php -S and its workers share a process group (started with setsid).
  kill -TERM "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null
fi
if ! mariadb-admin --no-defaults --socket="$ROOT/mysqld.sock" -u root shutdown 2>/dev/null; then
  [ -f "$ROOT/mysqld.pid" ] && kill "$(cat "$ROOT/mysqld.pid")" 2>/dev/null
fi
true
