"""The Admin section: users, organisation, channels and site calendars, one tab each."""
