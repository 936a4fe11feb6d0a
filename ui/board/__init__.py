"""The pipeline board of one job: a column per stage, cards dragged between them."""
