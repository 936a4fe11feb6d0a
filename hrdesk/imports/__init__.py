"""Resume batch import: reading sheets, mapping their headers, normalising rows."""
