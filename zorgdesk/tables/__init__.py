"""Excel and CSV in and out: every list as a sheet, and goals, partners, actions and roles back in.

Headless (no Qt): the CLI and the import wizard use the same functions. Reads go through
SQLAlchemy Core; an import writes through the services' own commands inside one batch
transaction (`Store.batch`), so it lands whole or not at all.
"""
