// Runs once per test run: says which databases the database tests use, so a run without MySQL is never mistaken for one with it.
module.exports = async () => {
  const drivers = process.env.MYSQL_URL ? 'embedded SQLite and MySQL/MariaDB (MYSQL_URL)' : 'embedded SQLite only (MYSQL_URL is not set)';
  process.stderr.write(`\nDatabase tests run on: ${drivers}\n`);
};
