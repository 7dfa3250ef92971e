"""Persistence: peewee models, opening and migrating the database, queries and search.

Nothing above this package writes SQL.
"""
