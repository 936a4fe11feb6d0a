"""The candidates screens: the list of every candidate (``list_widget``)."""
