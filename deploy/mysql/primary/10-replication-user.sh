#!/bin/bash
# Runs once, when the primary's data directory is created (the image's /docker-entrypoint-initdb.d):
# the account its read replica copies the binlog with.
set -euo pipefail
mysql --protocol=socket -uroot -p"$MYSQL_ROOT_PASSWORD" <<SQL
CREATE USER 'replicator'@'%' IDENTIFIED BY '${REPLICATION_PASSWORD}';
GRANT REPLICATION SLAVE ON *.* TO 'replicator'@'%';
SQL
