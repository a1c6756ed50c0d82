"""Numbered schema migrations, one module per schema change.

Each module is named `mNNNN_what.py` and defines `up(db)`, which receives the open
peewee database inside the transaction that also records the new version. The DDL
is frozen here as SQL on purpose: the models in `models.py` describe the newest
schema, while a migration must keep describing the step it made back then.
"""
