"""The only code that knows SQL or peewee: tables, migrations, queries, search."""
