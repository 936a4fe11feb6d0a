"""The Jobs section: the list of openings and the job editor."""
