#!/bin/bash
# Runs once, when the replica's data directory is created: follow the primary from its first
# transaction (GTID auto-position), so that the subgraph's database, its user and every migration
# arrive by replication rather than being created here a second time.
set -euo pipefail
mysql --protocol=socket -uroot -p"$MYSQL_ROOT_PASSWORD" <<SQL
CHANGE REPLICATION SOURCE TO
  SOURCE_HOST='${SOURCE_HOST}', SOURCE_PORT=3306,
  SOURCE_USER='replicator', SOURCE_PASSWORD='${REPLICATION_PASSWORD}',
  SOURCE_AUTO_POSITION=1, GET_SOURCE_PUBLIC_KEY=1, SOURCE_CONNECT_RETRY=5;
START REPLICA;
SQL
