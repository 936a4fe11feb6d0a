"""Use cases: the only API the UI and the CLI use. One module per area."""
