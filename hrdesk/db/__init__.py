"""Storage: engines for both backends, unit of work, migrations, keys, encrypted columns."""
