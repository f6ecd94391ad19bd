import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redactSql, sqlKeyword } from './text.js';

test('the first keyword skips blanks, comments and parentheses', () => {
  const table: Array<[string, string]> = [
    ['select 1', 'SELECT'],
    ['  (SELECT 1) UNION (SELECT 2)', 'SELECT'],
    ['-- note\nINSERT INTO t VALUES (1)', 'INSERT'],
    ['/* hint */ update t set a = 1', 'UPDATE'],
    ['# mysql comment\nDELETE FROM t', 'DELETE'],
    [';;begin', 'BEGIN'],
    ['', ''],
    ['/* never closed', ''],
    ['42', ''],
  ];
  for (const [sql, want] of table) assert.equal(sqlKeyword(sql), want, sql);
});

test('passwords in SQL are redacted for both dialects; other text is untouched', () => {
  const table: Array<[string, string]> = [
    ["CREATE USER 'a'@'%' IDENTIFIED BY 's3cret'", "CREATE USER 'a'@'%' IDENTIFIED BY '[redacted]'"],
    ["ALTER USER a IDENTIFIED WITH mysql_native_password BY 'x''y'", "ALTER USER a IDENTIFIED WITH mysql_native_password BY '[redacted]'"],
    ["SET PASSWORD FOR bob = 'pw'", "SET PASSWORD FOR bob = '[redacted]'"],
    ["SELECT PASSWORD('pw')", "SELECT PASSWORD('[redacted]')"],
    ["CREATE ROLE app LOGIN PASSWORD 'hunter2'", "CREATE ROLE app LOGIN PASSWORD '[redacted]'"],
    ["ALTER USER app WITH ENCRYPTED PASSWORD 'SCRAM-SHA-256$4096:abc'", "ALTER USER app WITH ENCRYPTED PASSWORD '[redacted]'"],
    ["ALTER ROLE app PASSWORD E'it\\'s'", "ALTER ROLE app PASSWORD E'[redacted]'"],
    ['ALTER ROLE app PASSWORD $$dollar$$', "ALTER ROLE app PASSWORD '[redacted]'"],
    ["SELECT * FROM users WHERE password_hash = 'x'", "SELECT * FROM users WHERE password_hash = 'x'"],
    ["ALTER ROLE app PASSWORD NULL", "ALTER ROLE app PASSWORD NULL"],
  ];
  for (const [sql, want] of table) assert.equal(redactSql(sql), want, sql);
});
